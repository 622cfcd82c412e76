package org.guildhall.session;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators handing a session to another core-team member: proposed, then accepted,
 * declined or withdrawn.
 */
@Service
@Transactional(readOnly = true)
class FacilitationSwaps {

	private final FacilitationSwapRepository swaps;

	private final CommunitySessionRepository sessions;

	private final RotationService rotation;

	private final Members members;

	private final Clock clock;

	FacilitationSwaps(FacilitationSwapRepository swaps, CommunitySessionRepository sessions, RotationService rotation,
			Members members, Clock clock) {
		this.swaps = swaps;
		this.sessions = sessions;
		this.rotation = rotation;
		this.members = members;
		this.clock = clock;
	}

	/** A facilitator asks another core-team member to take their place. */
	@Transactional
	public FacilitationSwap proposeSwap(MemberPrincipal actor, Long sessionId, Long toMemberId) {
		CommunitySession session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new SessionService.SessionNotFoundException(sessionId));
		if (!session.isFacilitatedBy(actor.id())) {
			throw new AccessDeniedException("Only a facilitator proposes a swap");
		}
		if (session.isCancelled() || session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("swap.sessionStarted");
		}
		if (toMemberId == null || toMemberId.equals(actor.id()) || session.isFacilitatedBy(toMemberId)
				|| !this.rotation.isCoreTeam(toMemberId)) {
			throw new SessionRuleException("swap.recipient");
		}
		boolean alreadyOpen = this.swaps.findBySession(sessionId)
			.stream()
			.anyMatch((swap) -> swap.isOpen() && swap.getFromMemberId().equals(actor.id()));
		if (alreadyOpen) {
			throw new SessionRuleException("swap.alreadyOpen");
		}
		return this.swaps.save(new FacilitationSwap(sessionId, actor.id(), toMemberId, this.clock.instant()));
	}

	/** The recipient accepts: they take the proposer's place. */
	@Transactional
	public void acceptSwap(MemberPrincipal actor, Long swapId) {
		FacilitationSwap swap = openSwap(swapId);
		if (!swap.getToMemberId().equals(actor.id())) {
			throw new AccessDeniedException("Only the member asked answers a swap");
		}
		CommunitySession session = this.sessions.findById(swap.getSessionId()).orElseThrow();
		if (session.isCancelled() || session.hasStarted(this.clock.instant())
				|| !session.isFacilitatedBy(swap.getFromMemberId())) {
			throw new SessionRuleException("swap.outdated");
		}
		session.handOver(swap.getFromMemberId(), swap.getToMemberId());
		swap.answer(SwapStatus.ACCEPTED, this.clock.instant());
	}

	@Transactional
	public void declineSwap(MemberPrincipal actor, Long swapId) {
		FacilitationSwap swap = openSwap(swapId);
		if (!swap.getToMemberId().equals(actor.id())) {
			throw new AccessDeniedException("Only the member asked answers a swap");
		}
		swap.answer(SwapStatus.DECLINED, this.clock.instant());
	}

	@Transactional
	public void withdrawSwap(MemberPrincipal actor, Long swapId) {
		FacilitationSwap swap = openSwap(swapId);
		if (!swap.getFromMemberId().equals(actor.id())) {
			throw new AccessDeniedException("Only who proposed a swap withdraws it");
		}
		swap.answer(SwapStatus.WITHDRAWN, this.clock.instant());
	}

	/** Swaps waiting for an answer that involve this member, with names and sessions. */
	List<SwapView> openSwapsOf(Long memberId) {
		return views(this.swaps.findOpenInvolving(memberId));
	}

	List<SwapView> swapsOf(Long sessionId) {
		return views(this.swaps.findBySession(sessionId));
	}

	private List<SwapView> views(List<FacilitationSwap> found) {
		Set<Long> people = new HashSet<>();
		found.forEach((swap) -> {
			people.add(swap.getFromMemberId());
			people.add(swap.getToMemberId());
		});
		Map<Long, String> names = this.members.namesOf(people);
		Map<Long, CommunitySession> sessionsById = this.sessions
			.findAllById(found.stream().map(FacilitationSwap::getSessionId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(CommunitySession::getId, (session) -> session));
		return found.stream()
			.map((swap) -> new SwapView(swap, sessionsById.get(swap.getSessionId()), names.get(swap.getFromMemberId()),
					names.get(swap.getToMemberId())))
			.toList();
	}

	private FacilitationSwap openSwap(Long swapId) {
		FacilitationSwap swap = this.swaps.findById(swapId).orElseThrow(() -> new SwapNotFoundException(swapId));
		if (!swap.isOpen()) {
			throw new SessionRuleException("swap.answered");
		}
		return swap;
	}

	/** A swap with the session and the names of both people. */
	public record SwapView(FacilitationSwap swap, CommunitySession session, String fromName, String toName) {
	}

	/** No swap has the id a URL names. */
	static class SwapNotFoundException extends NotFoundException {

		SwapNotFoundException(Long id) {
			super("No swap " + id);
		}

	}

}
