package org.guildhall.survey;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expectations survey's rounds: opening and closing them, and answering each once.
 */
@Service
@Transactional(readOnly = true)
class SurveyService {

	static final int PAGE_SIZE = 20;

	private final SurveyRoundRepository rounds;

	private final SurveyAnswerRepository answers;

	private final SkillService skills;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	SurveyService(SurveyRoundRepository rounds, SurveyAnswerRepository answers, SkillService skills,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.rounds = rounds;
		this.answers = answers;
		this.skills = skills;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Page<SurveyRound> page(int page) {
		return this.rounds.findAll(PageRequest.of(page - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "openedAt", "id")));
	}

	public Optional<SurveyRound> openRound() {
		return this.rounds.findOpen();
	}

	public Optional<SurveyRound> latest() {
		return this.rounds.findFirstByOrderByOpenedAtDescIdDesc();
	}

	public SurveyRound round(Long id) {
		return this.rounds.findById(id).orElseThrow(() -> new RoundNotFoundException(id));
	}

	public boolean hasAnswered(Long roundId, Long memberId) {
		return this.answers.existsByRoundIdAndMemberId(roundId, memberId);
	}

	/** Opens a round; the one open round must be closed first. */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public SurveyRound open(MemberPrincipal lead, RoundForm form) {
		if (this.rounds.findOpen().isPresent()) {
			throw new RuleViolationException("title", "survey.alreadyOpen");
		}
		try {
			return this.rounds.saveAndFlush(
					new SurveyRound(form.getTitle(), form.getIntroduction(), lead.id(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("title", "survey.alreadyOpen");
		}
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void close(Long id) {
		round(id).close(this.clock.instant());
	}

	/** Records a member's one answer in an open round. */
	@Transactional
	public SurveyAnswer answer(MemberPrincipal member, Long roundId, AnswerForm form) {
		SurveyRound round = round(roundId);
		if (!round.isOpen()) {
			throw new RuleViolationException("expectations", "survey.closed");
		}
		if (form.isEmpty()) {
			throw new RuleViolationException("expectations", "survey.answer.empty");
		}
		this.skills.requireKnown("skillIds", form.getSkillIds());
		if (hasAnswered(roundId, member.id())) {
			throw new RuleViolationException("expectations", "survey.answered");
		}
		try {
			return this.answers.saveAndFlush(new SurveyAnswer(roundId, member.id(), form.getExpectations(),
					new HashSet<>(form.getFormats()), new HashSet<>(form.getSkillIds()), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("expectations", "survey.answered");
		}
	}

	/** No round has the id a URL names. */
	static class RoundNotFoundException extends NotFoundException {

		RoundNotFoundException(Long id) {
			super("No survey round " + id);
		}

	}

}
