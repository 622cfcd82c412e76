package org.guildhall.database;

import org.flywaydb.core.Flyway;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database enforces the rules the forms check, so that no other path (a script, a
 * future import) can store what a form would refuse. Each test breaks one rule, then
 * rolls back.
 */
@GuildhallTest
@Transactional
class SchemaTests {

	private static final String INSERT_MEMBER = "insert into members (name, email, role, country, time_zone, joined_on) "
			+ "values (?, ?, ?, ?, 'UTC', current_date) returning id";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void everyMigrationHasRun() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).isNotEmpty()
			.allSatisfy((migration) -> assertThat(migration.getState().isFailed()).isFalse());
	}

	@Test
	void emailsAreUniqueWhateverTheirCase() {
		insertMember("Schema Test", "Same.Person@Example.org", "MEMBER", "ES");
		assertThatThrownBy(() -> insertMember("Schema Test", "same.person@example.org", "MEMBER", "ES"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void countryIsATwoLetterCode() {
		assertThatThrownBy(() -> insertMember("Schema Test", "country@example.org", "MEMBER", "Spain"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void namesCannotBeBlank() {
		assertThatThrownBy(() -> insertMember("   ", "blank@example.org", "MEMBER", "ES"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void namesCannotBeLongerThanTheFormAllows() {
		assertThatThrownBy(() -> insertMember("x".repeat(101), "long@example.org", "MEMBER", "ES"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void rolesAreOnlyLeadMemberOrManager() {
		assertThatThrownBy(() -> insertMember("Root", "root@example.org", "ADMIN", "ES"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void skillLevelsStopAtFive() {
		assertThatThrownBy(() -> insertSkillLevel(6)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void skillLevelsStartAtOne() {
		assertThatThrownBy(() -> insertSkillLevel(0)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDirectoryFiltersHaveIndexes() {
		assertThat(this.jdbc.queryForList("select indexname from pg_indexes where tablename = 'members'", String.class))
			.contains("members_email_key", "members_name_search_idx", "members_country_idx",
					"members_business_unit_idx", "members_job_role_idx", "members_joined_on_idx");
		assertThat(this.jdbc.queryForList("select indexname from pg_indexes where tablename = 'member_skills'",
				String.class))
			.contains("member_skills_skill_level_idx");
	}

	@Test
	void okrPeriodsCannotOverlap() {
		this.jdbc.update(
				"insert into okr_periods (name, starts_on, ends_on) values ('Schema A', '2400-01-01', '2400-03-31')");
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into okr_periods (name, starts_on, ends_on) values ('Schema B', '2400-03-31', '2400-06-30')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aDecreaseKeyResultCannotAimAboveItsBaseline() {
		long member = insertMember("Schema Test", "okr@example.org", "LEAD", "ES");
		long period = this.jdbc.queryForObject("insert into okr_periods (name, starts_on, ends_on) "
				+ "values ('Schema C', '2401-01-01', '2401-03-31') returning id", Long.class);
		long goal = this.jdbc.queryForObject("select id from business_goals order by id limit 1", Long.class);
		long objective = this.jdbc
			.queryForObject("insert into objectives (period_id, title, business_goal_id, owner_id) "
					+ "values (?, 'Schema objective', ?, ?) returning id", Long.class, period, goal, member);
		assertThatThrownBy(() -> this.jdbc.update("insert into key_results (objective_id, position, title, kind, unit, "
				+ "baseline, target, current_value, owner_id) values (?, 0, 'Backwards', 'DECREASE_TO', 'COUNT', 40, 45, 40, ?)",
				objective, member))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void insertSkillLevel(int level) {
		long member = insertMember("Schema Test", "levels@example.org", "MEMBER", "ES");
		long skill = this.jdbc.queryForObject("select id from skills order by id limit 1", Long.class);
		this.jdbc.update("insert into member_skills (member_id, skill_id, level) values (?, ?, ?)", member, skill,
				level);
	}

	private long insertMember(String name, String email, String role, String country) {
		return this.jdbc.queryForObject(INSERT_MEMBER, Long.class, name, email, role, country);
	}

}
