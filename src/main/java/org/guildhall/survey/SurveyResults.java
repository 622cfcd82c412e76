package org.guildhall.survey;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.backlog.BacklogItems;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.session.SessionFormat;
import org.guildhall.web.Link;
import org.guildhall.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a round's answers say: counts, the words members used most, the expectations, and
 * the backlog items born from them ("you said → we did").
 */
@Service
@Transactional(readOnly = true)
class SurveyResults {

	/** How many words the summary shows. */
	static final int WORDS = 30;

	/** How long a backlog item's title taken from an expectation may be. */
	private static final int TITLE_LENGTH = 100;

	private final SurveyService rounds;

	private final SurveyAnswerRepository answers;

	private final SkillService skills;

	private final BacklogItems backlogItems;

	private final NamedParameterJdbcTemplate jdbc;

	SurveyResults(SurveyService rounds, SurveyAnswerRepository answers, SkillService skills, BacklogItems backlogItems,
			NamedParameterJdbcTemplate jdbc) {
		this.rounds = rounds;
		this.answers = answers;
		this.skills = skills;
		this.backlogItems = backlogItems;
		this.jdbc = jdbc;
	}

	/** A round's results: counts, the words members used most, a page of expectations. */
	public Results results(Long roundId, int page) {
		SurveyRound round = this.rounds.round(roundId);
		MapSqlParameterSource roundParameters = new MapSqlParameterSource("round", roundId);
		Map<SessionFormat, Long> formats = new EnumMap<>(SessionFormat.class);
		this.jdbc.query("""
				select f.format, count(*) as answers from survey_answer_formats f
				join survey_answers a on a.id = f.answer_id where a.round_id = :round group by f.format""",
				roundParameters, (row) -> {
					formats.put(SessionFormat.valueOf(row.getString("format")), row.getLong("answers"));
				});
		Map<Long, Long> skillCounts = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.skill_id, count(*) as answers from survey_answer_skills s
				join survey_answers a on a.id = s.answer_id where a.round_id = :round
				group by s.skill_id order by answers desc, s.skill_id""", roundParameters, (row) -> {
			skillCounts.put(row.getLong("skill_id"), row.getLong("answers"));
		});
		Map<Long, String> skillNames = this.skills.namesOf(skillCounts.keySet());
		List<Count> skillsWanted = skillCounts.entrySet()
			.stream()
			.map((entry) -> new Count(skillNames.get(entry.getKey()), entry.getValue()))
			.toList();
		Page<SurveyAnswer> expectations = this.answers.findExpectations(roundId,
				PageRequest.of(page - 1, SurveyService.PAGE_SIZE, Sort.by("answeredAt", "id")));
		Map<Long, Long> items = itemsOf(expectations.map(SurveyAnswer::getId).getContent());
		return new Results(round, this.answers.countByRoundId(roundId), formats, skillsWanted, words(roundId),
				expectations.map((answer) -> new Expectation(answer, items.get(answer.getId()))));
	}

	/**
	 * The words members used most, counted once per answer. PostgreSQL's parser splits
	 * the text into words in any language (token types 1, 2, 16 and 17: words and
	 * hyphenated words such as "hands-on", not their parts); the English dictionary drops
	 * words like "the" and folds "experiments" and "experiment" into one stem, shown by
	 * its most common spelling.
	 */
	List<Count> words(Long roundId) {
		return this.jdbc.query("""
				select mode() within group (order by lower(t.token)) as word, count(distinct a.id) as answers
				from survey_answers a cross join lateral ts_parse('default', a.expectations) t
				where a.round_id = :round and t.tokid in (1, 2, 16, 17) and length(t.token) > 2
				  and (ts_lexize('english_stem', lower(t.token)))[1] is not null
				group by (ts_lexize('english_stem', lower(t.token)))[1]
				order by answers desc, word limit :limit""",
				new MapSqlParameterSource("round", roundId).addValue("limit", WORDS),
				(row, n) -> new Count(row.getString("word"), row.getLong("answers")));
	}

	/**
	 * Turns an expectation into a backlog item that remembers where it came from; asking
	 * twice gives the same item.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Long turnIntoBacklogItem(MemberPrincipal lead, Long answerId) {
		SurveyAnswer answer = this.answers.findById(answerId).orElseThrow(() -> new AnswerNotFoundException(answerId));
		if (answer.getExpectations() == null) {
			throw new AnswerNotFoundException(answerId);
		}
		Long existing = itemsOf(List.of(answerId)).get(answerId);
		if (existing != null) {
			return existing;
		}
		SurveyRound round = this.rounds.round(answer.getRoundId());
		Long item = this.backlogItems.raiseForMembers(lead, titleFrom(answer.getExpectations()),
				"> " + answer.getExpectations().replace("\n", "\n> ")
						+ "\n\nA member wrote this in the expectations survey \"" + round.getTitle() + "\".");
		this.jdbc.update("insert into survey_expectation_items (backlog_item_id, answer_id) values (:item, :answer)",
				new MapSqlParameterSource("item", item).addValue("answer", answerId));
		return item;
	}

	/** Where each backlog item born from an expectation came from; one statement. */
	Map<Long, Link> originsOf(Collection<Long> backlogItemIds) {
		Map<Long, Link> origins = new HashMap<>();
		if (backlogItemIds.isEmpty()) {
			return origins;
		}
		this.jdbc.query("""
				select i.backlog_item_id, a.id as answer_id, a.expectations, r.id as round_id, r.title
				from survey_expectation_items i join survey_answers a on a.id = i.answer_id
				join survey_rounds r on r.id = a.round_id where i.backlog_item_id in (:ids)""",
				new MapSqlParameterSource("ids", backlogItemIds), (row) -> {
					origins.put(row.getLong("backlog_item_id"),
							new Link(row.getString("expectations"),
									"/surveys/" + row.getLong("round_id") + "#answer-" + row.getLong("answer_id"),
									"the expectations survey \"" + row.getString("title") + "\""));
				});
		return origins;
	}

	private Map<Long, Long> itemsOf(Collection<Long> answerIds) {
		Map<Long, Long> items = new HashMap<>();
		if (answerIds.isEmpty()) {
			return items;
		}
		this.jdbc.query(
				"select answer_id, min(backlog_item_id) as item from survey_expectation_items "
						+ "where answer_id in (:ids) group by answer_id",
				new MapSqlParameterSource("ids", answerIds), (row) -> {
					items.put(row.getLong("answer_id"), row.getLong("item"));
				});
		return items;
	}

	/** The expectation's first words, cut at a word boundary. */
	static String titleFrom(String expectation) {
		String flat = expectation.strip().replaceAll("\\s+", " ");
		if (flat.length() <= TITLE_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', TITLE_LENGTH - 1);
		return flat.substring(0, (cut > 40) ? cut : TITLE_LENGTH - 1) + "…";
	}

	/** A label and how many answers mention it. */
	public record Count(String label, long answers) {
	}

	/** An expectation and the backlog item born from it, if any. */
	public record Expectation(SurveyAnswer answer, Long backlogItemId) {
	}

	/** What a round's results page shows. */
	public record Results(SurveyRound round, long answers, Map<SessionFormat, Long> formats, List<Count> skills,
			List<Count> words, Page<Expectation> expectations) {

		/** The largest count among formats, for drawing bars to scale. */
		public long mostWantedFormat() {
			return this.formats.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		public long mostWantedSkill() {
			return this.skills.stream().mapToLong(Count::answers).max().orElse(0);
		}

	}

	/** No expectation has the id a URL names. */
	static class AnswerNotFoundException extends NotFoundException {

		AnswerNotFoundException(Long id) {
			super("No survey answer " + id);
		}

	}

}
