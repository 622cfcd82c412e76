package org.guildhall.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first run's set-up ({@code guildhall.setup-code}).
 *
 * @param setupCode the one-time code the set-up page asks for; when blank, each instance
 * makes up its own and logs it
 */
@ConfigurationProperties("guildhall")
record SetupSettings(@DefaultValue("") String setupCode) {
}
