package org.guildhall.support;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
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
		return new FormClient(port());
	}

	public int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port", "8080"));
	}

	/**
	 * Starts Guildhall on the database of the test context this data source belongs to,
	 * or on another database of the same server.
	 */
	public static RunningGuildhall on(DataSource dataSource, String database, String... settings) {
		try {
			HikariDataSource shared = dataSource.unwrap(HikariDataSource.class);
			String url = (database != null) ? shared.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1")
					: shared.getJdbcUrl();
			String[] all = new String[settings.length + 2];
			all[0] = "--spring.datasource.url=" + url;
			all[1] = "--spring.datasource.username=" + shared.getUsername();
			System.arraycopy(settings, 0, all, 2, settings.length);
			return start(all);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The test data source is not Hikari's", ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
