package org.guildhall.security;

import org.guildhall.member.MemberService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs one line saying how to sign in, once Guildhall is ready.
 */
@Component
class SignInHint {

	private static final Logger log = LoggerFactory.getLogger(SignInHint.class);

	private final MemberService members;

	private final boolean demoData;

	SignInHint(MemberService members, @Value("${guildhall.demo-data.enabled:false}") boolean demoData) {
		this.members = members;
		this.demoData = demoData;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String base = "http://localhost:"
				+ event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		if (!this.members.anyAccountExists()) {
			log.info("Guildhall is ready: open {}/setup to create the first lead", base);
		}
		else if (this.demoData) {
			log.info("Guildhall is ready: sign in at {} as lead@example.com, member@example.com or manager@example.com "
					+ "with the password guildhall-demo", base);
		}
		else {
			log.info("Guildhall is ready at {}", base);
		}
	}

}
