package org.guildhall;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// listeners between modules run after the commit on their own thread; daily jobs run on a
// schedule
@EnableAsync
@EnableScheduling
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
