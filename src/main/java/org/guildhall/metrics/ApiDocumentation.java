package org.guildhall.metrics;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and its bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI guildhallApi() {
		return new OpenAPI()
			.info(new Info().title("Guildhall API")
				.version("v1")
				.description("Push outcome measures and read the community's metrics. "
						+ "Send a token a CoP lead created as Authorization: Bearer <token>; "
						+ "errors are RFC 9457 problem details; each token may send 60 requests a minute."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

}
