package org.guildhall.security;

import org.guildhall.database.DemoDataCondition;
import org.guildhall.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs one line saying how to sign in, once Guildhall is ready: on a fresh installation,
 * with the set-up code that the set-up page asks for.
 */
@Component
class SignInHint {

	private static final Logger log = LoggerFactory.getLogger(SignInHint.class);

	private final Members members;

	private final SetupCode setupCode;

	SignInHint(Members members, SetupCode setupCode) {
		this.members = members;
		this.setupCode = setupCode;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		if (!this.members.anyAccountExists()) {
			if (this.setupCode.chosen()) {
				log.info("Guildhall is ready: open {}/setup and enter the set-up code from GUILDHALL_SETUP_CODE", base);
			}
			else {
				log.info("Guildhall is ready: open {}/setup and enter the set-up code {}", base, this.setupCode.code());
			}
		}
		else if (DemoDataCondition.enabled(environment)) {
			log.info("Guildhall is ready: sign in at {} as lead@example.com, member@example.com or manager@example.com "
					+ "with the password guildhall-demo", base);
		}
		else {
			log.info("Guildhall is ready at {}", base);
		}
	}

}
