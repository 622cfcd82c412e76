package org.guildhall.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class StatementCountingConfiguration {

	@Bean
	static SqlStatements sqlStatements() {
		return new SqlStatements();
	}

}
