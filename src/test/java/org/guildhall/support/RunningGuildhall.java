package org.guildhall.support;

import org.guildhall.GuildhallApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A separate Guildhall started the way an operator starts it, with its own settings.
 */
public final class RunningGuildhall implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningGuildhall(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts Guildhall with these settings, on a free port; settings given here win. */
	public static RunningGuildhall start(String... settings) {
		String[] arguments = new String[settings.length + 2];
		arguments[0] = "--server.port=0";
		arguments[1] = "--spring.jmx.enabled=false";
		System.arraycopy(settings, 0, arguments, 2, settings.length);
		return new RunningGuildhall(new SpringApplicationBuilder(GuildhallApplication.class).run(arguments));
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A new client, with its own cookies, for this Guildhall. */
	public FormClient client() {
		return new FormClient(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port", "8080")));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
