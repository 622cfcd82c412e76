package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Clock;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Check-ins on key results: a value, a confidence and a note, by its owner or a lead. */
@Service
@Transactional(readOnly = true)
class CheckIns {

	private final KeyResultRepository keyResults;

	private final CheckInRepository checkIns;

	private final Clock clock;

	CheckIns(KeyResultRepository keyResults, CheckInRepository checkIns, Clock clock) {
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	KeyResult keyResult(Long id) {
		return this.keyResults.findWithPeriod(id).orElseThrow(() -> new OkrNotFoundException("key result", id));
	}

	/** The key result someone may check in on: its owner, or a lead. */
	KeyResult keyResultToCheckIn(MemberPrincipal actor, Long id) {
		KeyResult keyResult = keyResult(id);
		if (!actor.isLead() && !keyResult.isOwnedBy(actor.id())) {
			throw new AccessDeniedException("Only a key result's owner or a lead checks in on it");
		}
		return keyResult;
	}

	@Transactional
	CheckIn checkIn(MemberPrincipal actor, Long keyResultId, CheckInForm form) {
		KeyResult keyResult = keyResultToCheckIn(actor, keyResultId);
		BigDecimal value = form.valueFor(keyResult);
		if (!keyResult.getUnit().accepts(value)) {
			throw new RuleViolationException("value", keyResult.getUnit().refusal());
		}
		if (keyResult.getSource() == KeyResultSource.METRIC && (form.getNote() == null || form.getNote().isBlank())) {
			throw new RuleViolationException("note", "okr.checkIn.overrideReason");
		}
		CheckIn checkIn = keyResult.checkIn(value, form.getConfidence(), form.getNote(), this.clock.instant(),
				actor.id());
		this.keyResults.saveAndFlush(keyResult);
		return this.checkIns.save(checkIn);
	}

}
