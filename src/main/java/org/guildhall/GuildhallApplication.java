package org.guildhall;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class GuildhallApplication {

	public static void main(String[] args) {
		SpringApplication.run(GuildhallApplication.class, args);
	}

	/** Every "now" comes from here, so that tests can fix the time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
