package org.guildhall;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GuildhallApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublishedApiInTheirDeclaredDirectionWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void everyTopLevelPackageIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getBasePackage().getName())).containsExactlyInAnyOrder(
				"org.guildhall.audit", "org.guildhall.backlog", "org.guildhall.canvas", "org.guildhall.database",
				"org.guildhall.experiment", "org.guildhall.league", "org.guildhall.member", "org.guildhall.metrics",
				"org.guildhall.okr", "org.guildhall.security", "org.guildhall.session", "org.guildhall.share",
				"org.guildhall.survey", "org.guildhall.web");
	}

	@Test
	void everyModuleDeclaresTheModulesItMayDependOn() throws Exception {
		for (var module : this.modules) {
			ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as(module.getDisplayName()).isNotNull();
			assertThat(declared.allowedDependencies()).as(module.getDisplayName() + " names its dependencies")
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		}
	}

	@Test
	void writesModuleDocumentation(@TempDir Path folder) {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation();
		assertThat(Files.exists(folder.resolve("components.puml"))).isTrue();
	}

}
