package org.guildhall.support;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts the SQL statements the application sends, whichever way it sends them (JPA or
 * JdbcTemplate): the proof that a page runs a bounded number of them.
 */
public final class SqlStatements implements BeanPostProcessor {

	private final AtomicLong prepared = new AtomicLong();

	/**
	 * The thread whose statements are counted: the one that runs the work. Scheduled jobs
	 * of the shared application context (a refresh of the NPS figures after another
	 * test's feedback) run on other threads at any moment and are not the work being
	 * measured.
	 */
	private volatile Thread counted;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").methodListener(new Counter()).build();
		}
		return bean;
	}

	/** Runs the work and answers how many statements it prepared. */
	public long countDuring(ThrowingRunnable work) throws Exception {
		long before = this.prepared.get();
		this.counted = Thread.currentThread();
		try {
			work.run();
		}
		finally {
			this.counted = null;
		}
		return this.prepared.get() - before;
	}

	/**
	 * How many statements each page runs for a signed-in viewer; each must answer 200.
	 */
	public long[] perPage(MockMvc mvc, UserDetails viewer, String... pages) throws Exception {
		long[] counts = new long[pages.length];
		for (int i = 0; i < pages.length; i++) {
			URI page = URI.create(pages[i]);
			counts[i] = countDuring(() -> mvc.perform(get(page).with(user(viewer))).andExpect(status().isOk()));
		}
		return counts;
	}

	/** Work that may throw, such as a MockMvc request. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	private final class Counter implements MethodExecutionListener {

		/**
		 * The session store's statements (read the session, note its last access) are the
		 * same for every request whatever the page, so they are left out: what is counted
		 * is the page's own work.
		 */
		@Override
		public void beforeMethod(MethodExecutionContext context) {
			String method = context.getMethod().getName();
			if (Thread.currentThread() == SqlStatements.this.counted && (method.equals("prepareStatement")
					|| method.equals("createStatement") || method.equals("prepareCall"))
					&& !isSessionStore(context.getMethodArgs())) {
				SqlStatements.this.prepared.incrementAndGet();
			}
		}

		private static boolean isSessionStore(Object[] arguments) {
			return arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
					&& sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
		}

		@Override
		public void afterMethod(MethodExecutionContext context) {
		}

	}

}
