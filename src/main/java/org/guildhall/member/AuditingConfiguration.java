package org.guildhall.member;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every audited entity with when it changed (from the application's clock) and
 * which member created it.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "signedInMember", dateTimeProviderRef = "auditingTime")
class AuditingConfiguration {

	@Bean
	AuditorAware<Long> signedInMember() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
				return Optional.of(member.id());
			}
			return Optional.empty();
		};
	}

	@Bean
	DateTimeProvider auditingTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
