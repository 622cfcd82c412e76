package org.guildhall.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.web.RuleViolationException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the community's members: their names and cards, who may own
 * and do things, their skill levels, and the accounts they sign in with. Every lookup of
 * several members is one statement however many there are.
 */
@Service
@Transactional(readOnly = true)
public class Members {

	/** The one message for a person who is not an active lead or member. */
	static final String NOT_A_CONTRIBUTOR = "member.notContributor";

	private final MemberRepository members;

	private final MemberRows rows;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Members(MemberRepository members, MemberRows rows, JdbcTemplate jdbc, Clock clock) {
		this.members = members;
		this.rows = rows;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The names of these members, by id. */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return cardsOf(ids).values().stream().collect(Collectors.toMap(MemberCard::id, MemberCard::name));
	}

	/** Name, zone, business unit and core-team flag of these members, by id. */
	public Map<Long, MemberCard> cardsOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.rows.cards(ids).stream().collect(Collectors.toMap(MemberCard::id, Function.identity()));
	}

	/** Skill levels of these members: member id to skill id to level. */
	public Map<Long, Map<Long, Integer>> skillLevelsOf(Collection<Long> memberIds) {
		if (memberIds.isEmpty()) {
			return Map.of();
		}
		return levels(this.rows.holdings(memberIds));
	}

	/**
	 * Active leads and members holding any of these skills at this level or more, with
	 * those levels: the people who could be someone's hero.
	 */
	public Map<Long, Map<Long, Integer>> holdersOf(Collection<Long> skillIds, int minLevel) {
		if (skillIds.isEmpty()) {
			return Map.of();
		}
		return levels(this.rows.holdingsAtLeast(skillIds, minLevel));
	}

	/** The skills a member wants to learn. */
	public Set<Long> learningGoalsOf(Long memberId) {
		return Set.copyOf(find(memberId).getLearningGoals());
	}

	/**
	 * Raises a member's level in a skill (their hero saw it grow); never lowers it.
	 * Answers the level before, 0 when they did not hold the skill.
	 */
	@Transactional
	public int raiseSkill(Long memberId, Long skillId, int level) {
		return find(memberId).raiseSkill(skillId, SkillLevel.of(level));
	}

	/** The active core team, by name: the members who share facilitation. */
	public List<MemberCard> coreTeam() {
		return this.members.findCoreTeam();
	}

	/** Active members who can own and do things (leads and members, not managers). */
	public List<MemberName> contributors() {
		return this.members.findContributors();
	}

	/** The business units members belong to, in order. */
	public List<String> businessUnits() {
		return this.members.findBusinessUnits();
	}

	public boolean isContributor(Long id) {
		return id != null && this.members.findById(id)
			.map((member) -> member.isActive() && member.getRole() != Role.MANAGER)
			.orElse(false);
	}

	/**
	 * Refuses, next to the field, anyone who is not an active lead or member: the check
	 * every module makes of the people a form names.
	 */
	public void requireContributor(String field, Long id) {
		if (!isContributor(id)) {
			throw new RuleViolationException(field, NOT_A_CONTRIBUTOR);
		}
	}

	/** The same check for several people (blank choices aside), in one statement. */
	public void requireContributors(String field, Collection<Long> ids) {
		Set<Long> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (!distinct.isEmpty() && this.members.countContributors(distinct) != distinct.size()) {
			throw new RuleViolationException(field, NOT_A_CONTRIBUTOR);
		}
	}

	/** The account that signs in with this email, if any. */
	public Optional<MemberPrincipal> findPrincipal(String email) {
		return this.members.findByEmail(email).map(MemberPrincipal::new);
	}

	/** The member who signs in with this email, who must exist, as demo people do. */
	public MemberPrincipal principal(String email) {
		return findPrincipal(email).orElseThrow(() -> new IllegalStateException("Nobody signs in as " + email));
	}

	public MemberPrincipal principal(Long id) {
		return new MemberPrincipal(find(id));
	}

	/**
	 * How a member signs in: who they are, whether they may, whether they have a
	 * password.
	 */
	public MemberAccount account(Long id) {
		return accountOf(find(id));
	}

	public boolean anyAccountExists() {
		return this.members.anyAccountExists();
	}

	/**
	 * Creates the first lead of a fresh installation. Two people submitting the set-up
	 * form at once must not both become lead, so the check runs under a
	 * transaction-scoped advisory lock.
	 */
	@Transactional
	public Optional<MemberAccount> createFirstLead(String name, String email, String country, String timeZone,
			String passwordHash) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('guildhall.first-lead'))", Object.class);
		if (this.members.anyAccountExists()) {
			return Optional.empty();
		}
		if (this.members.isEmailTaken(email.strip(), null)) {
			throw new RuleViolationException("email", "member.email.taken");
		}
		Member lead = new Member(name, email, Role.LEAD, country, timeZone, LocalDate.now(this.clock));
		lead.changePasswordHash(passwordHash);
		return Optional.of(accountOf(this.members.saveAndFlush(lead)));
	}

	@Transactional
	public void changePasswordHash(Long id, String passwordHash) {
		find(id).changePasswordHash(passwordHash);
	}

	private Member find(Long id) {
		return this.members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
	}

	private static MemberAccount accountOf(Member member) {
		return new MemberAccount(member.getId(), member.getName(), member.getEmail(), member.isActive(),
				member.canSignIn());
	}

	private static Map<Long, Map<Long, Integer>> levels(List<MemberRows.Holding> holdings) {
		return holdings.stream()
			.collect(Collectors.groupingBy(MemberRows.Holding::memberId,
					Collectors.toMap(MemberRows.Holding::skillId, MemberRows.Holding::level)));
	}

}
