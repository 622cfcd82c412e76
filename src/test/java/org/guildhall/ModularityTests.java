package org.guildhall;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GuildhallApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		this.modules.verify();
	}

	@Test
	void everyFeaturePackageIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getBasePackage().getName()))
			.contains("org.guildhall.member", "org.guildhall.security", "org.guildhall.web", "org.guildhall.database");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
