package org.guildhall.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Core-team members' leaves: while away, the rotation passes them by.
 */
@Service
@Transactional(readOnly = true)
class CoreTeamLeaves {

	private final CoreTeamLeaveRepository leaves;

	private final Clock clock;

	CoreTeamLeaves(CoreTeamLeaveRepository leaves, Clock clock) {
		this.leaves = leaves;
		this.clock = clock;
	}

	List<CoreTeamLeave> leavesOf(Long memberId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.leaves.findEndingOnOrAfter(today.minusDays(30))
			.stream()
			.filter((leave) -> leave.getMemberId().equals(memberId))
			.toList();
	}

	@Transactional
	CoreTeamLeave addLeave(MemberPrincipal actor, LeaveForm form) {
		if (form.getEndsOn().isBefore(form.getStartsOn())) {
			throw new RuleViolationException("endsOn", "leave.endsBeforeStart");
		}
		return this.leaves.save(new CoreTeamLeave(actor.id(), form.getStartsOn(), form.getEndsOn(), form.getNote()));
	}

	@Transactional
	void removeLeave(MemberPrincipal actor, Long leaveId) {
		CoreTeamLeave leave = this.leaves.findById(leaveId).orElseThrow(() -> new LeaveNotFoundException(leaveId));
		if (!leave.getMemberId().equals(actor.id()) && !actor.isLead()) {
			throw new AccessDeniedException("Only its owner or a lead removes a leave");
		}
		this.leaves.delete(leave);
	}

	/** No leave has the id a URL names. */
	static class LeaveNotFoundException extends NotFoundException {

		LeaveNotFoundException(Long id) {
			super("No leave " + id);
		}

	}

}
