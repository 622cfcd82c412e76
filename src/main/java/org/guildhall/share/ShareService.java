package org.guildhall.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.guildhall.experiment.Experiments;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.web.CountedPages;
import org.guildhall.web.Link;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge shares: recording them, listing them, and showing them on people's profiles.
 */
@Service
@Transactional(readOnly = true)
class ShareService {

	static final int PAGE_SIZE = 20;

	private final ApplicationEventPublisher events;

	private final KnowledgeShareRepository shares;

	private final Members members;

	private final SkillService skills;

	private final Experiments experiments;

	private final Clock clock;

	private final CountedPages pages;

	ShareService(KnowledgeShareRepository shares, Members members, SkillService skills, Experiments experiments,
			Clock clock, CountedPages pages, ApplicationEventPublisher events) {
		this.events = events;
		this.shares = shares;
		this.members = members;
		this.skills = skills;
		this.experiments = experiments;
		this.clock = clock;
		this.pages = pages;
	}

	/**
	 * A page of shares, newest first, filtered by kind, skill, person and the days they
	 * were shared on, in a fixed number of statements.
	 */
	public Page<ShareRow> page(ShareKind kind, Long skill, Long person, LocalDate from, LocalDate to, int page) {
		Pageable pageable = PageRequest.of(page - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "sharedOn", "id"));
		Page<KnowledgeShare> found = this.pages.page(this.shares, KnowledgeShare.class,
				matching(kind, skill, person, from, to), pageable);
		Map<Long, ShareRow> rows = rows(found.getContent());
		return found.map((share) -> rows.get(share.getId()));
	}

	public ShareRow view(Long id) {
		return rows(List.of(find(id))).get(id);
	}

	public KnowledgeShare find(Long id) {
		return this.shares.findById(id).orElseThrow(() -> new ShareNotFoundException(id));
	}

	@Transactional
	public KnowledgeShare share(MemberPrincipal author, ShareForm form) {
		check(form);
		KnowledgeShare share = new KnowledgeShare(author.id());
		apply(share, form);
		KnowledgeShare saved = this.shares.save(share);
		this.events.publishEvent(saved.published(this.clock.instant()));
		return saved;
	}

	@Transactional
	public KnowledgeShare update(MemberPrincipal actor, Long id, ShareForm form) {
		KnowledgeShare share = editable(actor, id);
		Versions.requireCurrent(KnowledgeShare.class, id, share.getVersion(), form.getVersion());
		check(form);
		apply(share, form);
		return this.shares.saveAndFlush(share);
	}

	ShareForm editForm(MemberPrincipal actor, Long id) {
		return ShareForm.from(editable(actor, id));
	}

	/** The share an actor may change: its author's, or any for a lead. */
	KnowledgeShare editable(MemberPrincipal actor, Long id) {
		KnowledgeShare share = find(id);
		if (!actor.isLead() && !share.isEditableBy(actor.id())) {
			throw new AccessDeniedException("Only a share's author or a lead changes it");
		}
		return share;
	}

	List<Link> byPerson(Long memberId, int newest) {
		return this.shares.findByPerson(memberId, newest)
			.stream()
			.map((share) -> new Link(share.getTitle(), "/shares/" + share.getId(), share.getKind().label()))
			.toList();
	}

	long countByPerson(Long memberId) {
		return this.shares.countByPerson(memberId);
	}

	private void check(ShareForm form) {
		if ((form.getLink() == null || form.getLink().isBlank())
				&& (form.getBody() == null || form.getBody().isBlank())) {
			throw new RuleViolationException("link", "share.linkOrBody");
		}
		this.members.requireContributors("peopleIds", form.getPeopleIds());
		this.skills.requireKnown("skillIds", form.getSkillIds());
		this.experiments.requireKnown("experimentId", form.getExperimentId());
	}

	private static void apply(KnowledgeShare share, ShareForm form) {
		share.describe(form.getKind(), form.getTitle(), form.getSummary(), form.getLink(), form.getBody(),
				form.getSharedOn(), form.getExperimentId());
		share.involve(new HashSet<>(form.getPeopleIds()), new HashSet<>(form.getSkillIds()));
	}

	/**
	 * Names beside each share: authors and people, skills, experiments; three statements.
	 */
	private Map<Long, ShareRow> rows(List<KnowledgeShare> found) {
		Set<Long> people = new HashSet<>();
		found.forEach((share) -> {
			people.add(share.getAuthorId());
			people.addAll(share.getPeopleIds());
		});
		Map<Long, String> names = this.members.namesOf(people);
		Map<Long, String> skillNames = this.skills
			.namesOf(found.stream().flatMap((share) -> share.getSkillIds().stream()).collect(Collectors.toSet()));
		Map<Long, String> experimentTitles = this.experiments.titlesOf(found.stream()
			.map(KnowledgeShare::getExperimentId)
			.filter((experiment) -> experiment != null)
			.collect(Collectors.toSet()));
		Map<Long, ShareRow> rows = new LinkedHashMap<>();
		for (KnowledgeShare share : found) {
			rows.put(share.getId(),
					new ShareRow(share, names.get(share.getAuthorId()),
							share.getPeopleIds().stream().map(names::get).sorted().toList(),
							share.getSkillIds().stream().map(skillNames::get).sorted().toList(),
							(share.getExperimentId() != null) ? experimentTitles.get(share.getExperimentId()) : null));
		}
		return rows;
	}

	private static Specification<KnowledgeShare> matching(ShareKind kind, Long skill, Long person, LocalDate from,
			LocalDate to) {
		return (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (kind != null) {
				predicates.add(builder.equal(root.get("kind"), kind));
			}
			if (skill != null) {
				predicates.add(builder.isMember(skill, root.get("skillIds")));
			}
			if (person != null) {
				predicates.add(builder.or(builder.equal(root.get("authorId"), person),
						builder.isMember(person, root.get("peopleIds"))));
			}
			if (from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("sharedOn"), from));
			}
			if (to != null) {
				predicates.add(builder.lessThanOrEqualTo(root.get("sharedOn"), to));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** No share has the id a URL names. */
	static class ShareNotFoundException extends NotFoundException {

		ShareNotFoundException(Long id) {
			super("No knowledge share " + id);
		}

	}

}
