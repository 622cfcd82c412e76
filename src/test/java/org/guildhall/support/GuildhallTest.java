package org.guildhall.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on PostgreSQL, with the demo community loaded
 * (asked for explicitly: a database named by URL never gets it by default): one context
 * that MockMvc tests and browser journeys share.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "guildhall.demo-data.enabled=true")
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, TestClockConfiguration.class, StatementCountingConfiguration.class })
public @interface GuildhallTest {

}
