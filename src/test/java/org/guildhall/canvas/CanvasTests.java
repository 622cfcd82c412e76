package org.guildhall.canvas;

import java.util.Map;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.guildhall.support.GuildhallTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class CanvasTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	CanvasService canvas;

	@Test
	void aLeadSavesANewVersionThatEveryoneReadsRenderedSafely() throws Exception {
		int before = currentNumber();

		this.mvc
			.perform(
					save(before, "Say who it is for",
							Map.of("purpose", "Grow **SRE** skills<script>alert(1)</script>", "audience",
									"Every engineer who runs production")))
			.andExpect(status().is3xxRedirection());

		CanvasVersion saved = this.canvas.current().orElseThrow();
		assertThat(saved.getNumber()).isEqualTo(before + 1);
		assertThat(saved.getWhy()).isEqualTo("Say who it is for");
		assertThat(saved.getAuthorId()).isEqualTo(this.members.lead().id());
		this.mvc.perform(get("/canvas").with(user(this.members.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>SRE</strong>")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("Every engineer who runs production")));
		this.mvc.perform(get("/canvas/history").with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say who it is for")));
	}

	@Test
	void comparingTwoVersionsShowsWhatChangedInEachBlock() throws Exception {
		int base = currentNumber();
		this.mvc.perform(save(base, "First cut", Map.of("goal", "Fewer incidents\nFaster recovery")));
		this.mvc.perform(save(base + 1, "Sharper goal", Map.of("goal", "Fewer incidents\nRecover within 30 minutes")));

		CanvasDiff diff = this.canvas.compare(base + 1, base + 2);
		CanvasDiff.BlockDiff goal = diff.blocks()
			.stream()
			.filter((block) -> block.block() == CanvasBlock.GOAL)
			.findFirst()
			.orElseThrow();
		assertThat(goal.changed()).isTrue();
		assertThat(goal.lines()).containsExactly(new CanvasDiff.Line(CanvasDiff.Kind.KEPT, "Fewer incidents"),
				new CanvasDiff.Line(CanvasDiff.Kind.REMOVED, "Faster recovery"),
				new CanvasDiff.Line(CanvasDiff.Kind.ADDED, "Recover within 30 minutes"));
		assertThat(diff.blocks()).filteredOn(CanvasDiff.BlockDiff::changed).hasSize(1);

		this.mvc
			.perform(get("/canvas/compare").param("from", String.valueOf(base + 1))
				.param("to", String.valueOf(base + 2))
				.with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recover within 30 minutes")))
			.andExpect(content().string(containsString("Removed: ")));
	}

	@Test
	void aSaveOnTopOfANewerVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
		int base = currentNumber();
		this.mvc.perform(save(base, "Someone else first", Map.of("rules", "Cameras optional")))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(save(base, "My stale edit", Map.of("rules", "Sessions start on time")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Sessions start on time")));

		assertThat(currentNumber()).isEqualTo(base + 1);
		assertThat(this.canvas.current().orElseThrow().blocks().get(CanvasBlock.RULES)).isEqualTo("Cameras optional");
	}

	@Test
	void aTooLongBlockOrAMissingWhyIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
		int base = currentNumber();
		String tooLong = "x".repeat(CanvasForm.MAX_BLOCK_LENGTH + 1);

		this.mvc.perform(save(base, "", Map.of("metrics", tooLong, "purpose", "Kept as typed")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("canvas", "why", "blocks[metrics]"))
			.andExpect(content().string(containsString("Kept as typed")));

		assertThat(currentNumber()).isEqualTo(base);
	}

	@Test
	void unknownVersionsAreNotFoundAndMalformedComparisonsFallBackToTheNewestTwo() throws Exception {
		int base = currentNumber();
		this.mvc.perform(save(base, "One", Map.of("communication", "Chat")));
		this.mvc.perform(save(base + 1, "Two", Map.of("communication", "Chat and a mailing list")));

		this.mvc.perform(get("/canvas/versions/{n}", 999_999).with(user(this.members.member())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/canvas/versions/{n}", base + 1).with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chat")));
		this.mvc
			.perform(get("/canvas/compare").param("from", "banana").param("to", "-4").with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chat and a mailing list")));
	}

	private int currentNumber() {
		return this.canvas.current().map(CanvasVersion::getNumber).orElse(0);
	}

	private MockHttpServletRequestBuilder save(int base, String why, Map<String, String> blocks) {
		MemberPrincipal lead = this.members.lead();
		MockHttpServletRequestBuilder request = post("/canvas/edit").param("baseNumber", String.valueOf(base))
			.param("why", why)
			.with(user(lead))
			.with(csrf());
		blocks.forEach((key, text) -> request.param("blocks[" + key + "]", text));
		return request;
	}

}
