package org.guildhall.member;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Creates members for tests through the same service the pages use, each with a unique
 * email so that tests sharing one database never collide.
 */
@Component
public class MemberFixtures {

	public static final String DEMO_PASSWORD = MemberDemoData.DEMO_PASSWORD;

	private final MemberService members;

	MemberFixtures(MemberService members) {
		this.members = members;
	}

	public Member create(String name, Role role) {
		return create(name, role, "ES", "Europe/Madrid", "Testing Unit " + UUID.randomUUID(), "Developer");
	}

	public Member create(String name, Role role, String country, String timeZone, String businessUnit, String jobRole) {
		String email = "test-" + UUID.randomUUID() + "@guildhall.test";
		MemberForm form = MemberForm.blank(LocalDate.of(2025, 1, 15));
		form.setName(name);
		form.setEmail(email);
		form.setCountry(country);
		form.setTimeZone(timeZone);
		form.setBusinessUnit(businessUnit);
		form.setJobRole(jobRole);
		form.setRole(role);
		return this.members.add(form);
	}

	public MemberPrincipal principal(String email) {
		return this.members.findPrincipal(email).orElseThrow();
	}

	public MemberPrincipal lead() {
		return principal("lead@example.com");
	}

	public MemberPrincipal member() {
		return principal("member@example.com");
	}

	public MemberPrincipal manager() {
		return principal("manager@example.com");
	}

}
