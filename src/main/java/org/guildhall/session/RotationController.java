package org.guildhall.session;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
import org.guildhall.web.QueryParameters;
import org.guildhall.web.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator rotation: who should take the next sessions and why, the fairness
 * ledger, time away, and swaps.
 */
@Controller
@RequestMapping("/sessions")
class RotationController {

	private final RotationService rotation;

	private final FacilitationSwaps swaps;

	private final CoreTeamLeaves leaves;

	private final Clock clock;

	RotationController(RotationService rotation, FacilitationSwaps swaps, CoreTeamLeaves leaves, Clock clock) {
		this.rotation = rotation;
		this.swaps = swaps;
		this.leaves = leaves;
		this.clock = clock;
	}

	@GetMapping("/rotation")
	String showRotation(@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		LeaveForm leave = new LeaveForm();
		leave.setStartsOn(LocalDate.now(this.clock.withZone(viewer.timeZone())));
		leave.setEndsOn(leave.getStartsOn().plusDays(6));
		model.addAttribute("leave", leave);
		return rotationPage(viewer, model);
	}

	@PostMapping("/rotation/leave")
	String addLeave(@Validated @ModelAttribute("leave") LeaveForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.leaves.addLeave(viewer, form);
				Flash.success(redirect, "flash.leave.added");
				return "redirect:/sessions/rotation";
			}
			catch (RuleViolationException ex) {
				ex.rejectIn(result);
			}
		}
		return rotationPage(viewer, model);
	}

	@PostMapping("/rotation/leave/{leaveId}/delete")
	String removeLeave(@PathVariable Long leaveId, @AuthenticationPrincipal MemberPrincipal viewer,
			RedirectAttributes redirect) {
		this.leaves.removeLeave(viewer, leaveId);
		Flash.success(redirect, "flash.leave.removed");
		return "redirect:/sessions/rotation";
	}

	@PostMapping("/{id}/volunteer")
	String volunteer(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor,
			RedirectAttributes redirect) {
		return act("/sessions/" + id, redirect, "flash.rotation.volunteered", () -> this.rotation.volunteer(actor, id));
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		return act("/sessions/" + id, redirect, "flash.rotation.declined", () -> this.rotation.decline(actor, id));
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable Long id, @RequestParam(required = false) String member, RedirectAttributes redirect) {
		Long memberId = QueryParameters.id(member);
		return act("/sessions/" + id, redirect, "flash.rotation.assigned", () -> {
			if (memberId == null) {
				throw new SessionRuleException("rotation.notCoreTeam");
			}
			this.rotation.assign(id, memberId);
		});
	}

	@PostMapping("/{id}/swaps")
	String proposeSwap(@PathVariable Long id, @RequestParam(required = false) String to,
			@AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		return act("/sessions/" + id, redirect, "flash.swap.proposed",
				() -> this.swaps.proposeSwap(actor, id, QueryParameters.id(to)));
	}

	@PostMapping("/swaps/{swapId}/accept")
	String acceptSwap(@PathVariable Long swapId, @AuthenticationPrincipal MemberPrincipal actor,
			RedirectAttributes redirect) {
		return act("/sessions", redirect, "flash.swap.accepted", () -> this.swaps.acceptSwap(actor, swapId));
	}

	@PostMapping("/swaps/{swapId}/decline")
	String declineSwap(@PathVariable Long swapId, @AuthenticationPrincipal MemberPrincipal actor,
			RedirectAttributes redirect) {
		return act("/sessions", redirect, "flash.swap.declined", () -> this.swaps.declineSwap(actor, swapId));
	}

	@PostMapping("/swaps/{swapId}/withdraw")
	String withdrawSwap(@PathVariable Long swapId, @AuthenticationPrincipal MemberPrincipal actor,
			RedirectAttributes redirect) {
		return act("/sessions", redirect, "flash.swap.withdrawn", () -> this.swaps.withdrawSwap(actor, swapId));
	}

	private String rotationPage(MemberPrincipal viewer, Model model) {
		RotationService.Overview overview = this.rotation.overview();
		model.addAttribute("plan", overview.plan());
		model.addAttribute("ledger", overview.ledger());
		model.addAttribute("viewerInCoreTeam", this.rotation.isCoreTeam(viewer.id()));
		model.addAttribute("leaves", this.leaves.leavesOf(viewer.id()));
		model.addAttribute("horizonDays", RotationService.HORIZON.toDays());
		model.addAttribute("windowDays", Rotation.WINDOW.toDays());
		return "session/rotation";
	}

	private static String act(String back, RedirectAttributes redirect, String success, Runnable action) {
		Flash.attempt(redirect, success, action);
		return "redirect:" + back;
	}

}
