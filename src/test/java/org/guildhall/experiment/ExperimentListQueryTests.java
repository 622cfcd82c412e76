package org.guildhall.experiment;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.ProfileSection;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.guildhall.web.Link;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's queries at size read what they show and still find the same rows as the
 * plain queries they replaced: an author's experiments by a union instead of an "or", a
 * search ranked among its newest matches.
 */
@GuildhallTest
class ExperimentListQueryTests {

	@Autowired
	ExperimentPages experiments;

	@Autowired
	ExperimentLinks links;

	@Autowired
	ExperimentFixtures fixtures;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAuthorFilterFindsWhatTheyWroteAndCoWroteAsTheOrQueryDid() {
		MemberPrincipal author = principal("Union Author");
		MemberPrincipal colleague = principal("Union Colleague");
		Experiment own = this.fixtures.log(author, "Union own experiment", "union-service");
		Experiment theirs = this.fixtures.log(colleague, "Union co-written experiment", "union-service",
				List.of(author.id()), null, null);
		this.fixtures.log(colleague, "Union someone else's experiment", "union-service");

		for (Long who : List.of(author.id(), colleague.id(), this.members.member().id())) {
			for (Map<String, String> filters : List.of(Map.of("author", who.toString()),
					Map.of("author", who.toString(), "service", "union-service"),
					Map.of("author", who.toString(), "q", "union"))) {
				assertThat(ids(filters)).as(filters.toString()).isEqualTo(orQuery(who, filters));
			}
		}
		assertThat(ids(Map.of("author", author.id().toString()))).containsExactly(theirs.getId(), own.getId());
		ProfileSection.Contents onTheProfile = this.links.contentsFor(author.id());
		assertThat(onTheProfile.total()).isEqualTo(2);
		assertThat(onTheProfile.links()).extracting(Link::label)
			.containsExactly("Union co-written experiment", "Union own experiment");
	}

	@Test
	void aSearchRanksItsMatchesBestFirst() {
		MemberPrincipal author = principal("Rank Author");
		// A word of this run only, so that experiments left by earlier runs cannot match
		// it.
		String word = new Random().ints(12, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		Experiment once = this.fixtures.log(author, word + " appears once", "rank-service");
		Experiment twice = this.fixtures.log(author, word + " " + word + " appears twice", "rank-service");

		assertThat(ids(Map.of("q", word))).containsExactly(twice.getId(), once.getId());
		assertThat(this.experiments.page(ExperimentQuery.from(Map.of("q", word))).getTotalElements()).isEqualTo(2);
	}

	private List<Long> ids(Map<String, String> filters) {
		return this.experiments.page(ExperimentQuery.from(filters)).map(ExperimentRow::id).getContent();
	}

	/**
	 * The query the list ran before it read at size: "or exists" over every experiment.
	 */
	private List<Long> orQuery(Long author, Map<String, String> filters) {
		String more = (filters.containsKey("service")
				? " and lower(e.service) = lower('" + filters.get("service") + "')" : "")
				+ (filters.containsKey("q") ? " and e.search @@ websearch_to_tsquery('english', 'union')" : "");
		String order = filters.containsKey("q")
				? "ts_rank(e.search, websearch_to_tsquery('english', 'union')) desc, e.created_at desc, e.id desc"
				: "e.created_at desc, e.id desc";
		return this.jdbc.queryForList("""
				select e.id from experiments e
				 where (e.author_id = ? or exists (select 1 from experiment_co_authors c
				                                    where c.experiment_id = e.id and c.member_id = ?))""" + more
				+ " order by " + order + " limit 20", Long.class, author, author);
	}

	private MemberPrincipal principal(String name) {
		Member member = this.members.create(name, Role.MEMBER);
		return this.members.principal(member.getEmail());
	}

}
