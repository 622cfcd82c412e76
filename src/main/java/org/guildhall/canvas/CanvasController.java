package org.guildhall.canvas;

import java.util.List;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
import org.guildhall.web.QueryParameters;

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

@Controller
@RequestMapping("/canvas")
class CanvasController {

	private final CanvasService canvas;

	CanvasController(CanvasService canvas) {
		this.canvas = canvas;
	}

	@GetMapping
	String showCanvas(Model model) {
		this.canvas.current().ifPresent((current) -> {
			model.addAttribute("version", current);
			model.addAttribute("author", this.canvas.authorOf(current));
		});
		model.addAttribute("blocks", CanvasBlock.values());
		return "canvas/show";
	}

	@GetMapping("/versions/{number}")
	String showVersion(@PathVariable int number, Model model) {
		CanvasVersion version = this.canvas.version(number);
		model.addAttribute("version", version);
		model.addAttribute("author", this.canvas.authorOf(version));
		model.addAttribute("blocks", CanvasBlock.values());
		model.addAttribute("old", true);
		return "canvas/show";
	}

	@GetMapping("/edit")
	String editCanvas(Model model) {
		model.addAttribute("canvas", CanvasForm.from(this.canvas.current().orElse(null)));
		model.addAttribute("blocks", CanvasBlock.values());
		return "canvas/form";
	}

	@PostMapping("/edit")
	String saveCanvas(@Validated @ModelAttribute("canvas") CanvasForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal lead, Model model, RedirectAttributes redirect) {
		for (CanvasBlock block : CanvasBlock.values()) {
			String text = form.getBlocks().get(block.key());
			if (text != null && text.length() > CanvasForm.MAX_BLOCK_LENGTH) {
				result.rejectValue("blocks[" + block.key() + "]", "canvas.block.size");
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("blocks", CanvasBlock.values());
			return "canvas/form";
		}
		CanvasVersion saved = this.canvas.save(lead, form);
		Flash.success(redirect, "flash.canvas.saved", saved.getNumber());
		return "redirect:/canvas";
	}

	@GetMapping("/history")
	String showHistory(Model model) {
		model.addAttribute("history", this.canvas.history());
		return "canvas/history";
	}

	/** Malformed or unknown numbers compare the two newest versions. */
	@GetMapping("/compare")
	String compareVersions(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		List<CanvasService.CanvasHistoryEntry> history = this.canvas.history();
		if (history.size() < 2) {
			return "redirect:/canvas/history";
		}
		int newest = history.get(0).version().getNumber();
		int a = (int) Math.min(QueryParameters.number(from, newest - 1), newest);
		int b = (int) Math.min(QueryParameters.number(to, newest), newest);
		if (a < 1 || b < 1 || a == b) {
			a = newest - 1;
			b = newest;
		}
		model.addAttribute("diff", this.canvas.compare(Math.min(a, b), Math.max(a, b)));
		model.addAttribute("history", history);
		return "canvas/compare";
	}

}
