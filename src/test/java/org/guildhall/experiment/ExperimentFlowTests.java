package org.guildhall.experiment;

import java.util.List;

import org.guildhall.backlog.BacklogFixtures;
import org.guildhall.backlog.BacklogItem;
import org.guildhall.backlog.BacklogItemType;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.okr.Objective;
import org.guildhall.okr.OkrFixtures;
import org.guildhall.okr.OkrPeriod;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@GuildhallTest
@RecordApplicationEvents
class ExperimentFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	ExperimentFixtures experiments;

	@Autowired
	BacklogFixtures backlog;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	private MemberPrincipal author;

	@BeforeEach
	void anAuthor() {
		Member member = this.members.create("Experiment Author", Role.MEMBER);
		this.author = this.members.principal(member.getEmail());
	}

	@Test
	void aMemberLogsAnExperimentAndTheCommunityHearsOfIt() throws Exception {
		String location = this.mvc
			.perform(post("/experiments/new").param("title", "Kill a ledger pod")
				.param("kind", "CHAOS_EXPERIMENT")
				.param("service", "ledger-api")
				.param("hypothesis", "Transfers keep succeeding while one pod of three is killed.")
				.param("scope", "SANDBOX")
				.param("concreteExperience", "We killed a pod every ten minutes.")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Long id = Long.valueOf(location.replace("/experiments/", ""));
		assertThat(this.experiments.story(id).experiment().getConcreteExperience())
			.isEqualTo("We killed a pod every ten minutes.");
		assertThat(this.events.stream(ExperimentLogged.class)).singleElement()
			.satisfies((event) -> assertThat(event.experimentId()).isEqualTo(id))
			.satisfies((event) -> assertThat(event.authorId()).isEqualTo(this.author.id()));
	}

	@Test
	void missingFieldsAreExplainedAndNothingIsLogged() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/experiments/new").param("title", "")
				.param("service", "ledger-api")
				.param("startedOn", "2026-11-20")
				.param("endedOn", "2026-11-01")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(status().isOk())
			.andExpect(view().name("experiment/form"))
			.andExpect(model().attributeHasFieldErrors("experiment", "title", "kind", "hypothesis"))
			.andExpect(content().string(containsString("value=\"ledger-api\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void concludingAsRefutedWithALessonIsCelebratedAndAnnounced() throws Exception {
		Experiment experiment = this.experiments.log(this.author, "Retries absorb a failover", "ledger-db");

		this.mvc
			.perform(post("/experiments/{id}/conclude", experiment.getId())
				.param("version", experiment.getVersion().toString())
				.with(csrf())
				.with(user(this.author)))
			.andExpect(model().attributeHasFieldErrors("conclusion", "outcome"));

		this.mvc
			.perform(post("/experiments/{id}/conclude", experiment.getId())
				.param("version", experiment.getVersion().toString())
				.param("outcome", "REFUTED")
				.param("abstractConceptualisation", "Retries without jitter turn a failover into a storm.")
				.param("activeExperimentation", "Backoff with full jitter, in the sandbox first.")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(redirectedUrl("/experiments/" + experiment.getId()));

		Experiment concluded = this.experiments.story(experiment.getId()).experiment();
		assertThat(concluded.getOutcome()).isEqualTo(Outcome.REFUTED);
		assertThat(concluded.isCelebrated()).isTrue();
		assertThat(this.events.stream(ExperimentConcluded.class)).singleElement()
			.satisfies((event) -> assertThat(event.withLesson()).isTrue());
		this.mvc.perform(get("/experiments/{id}", experiment.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("that is a success for the community")));

		ExperimentForm next = (ExperimentForm) this.mvc
			.perform(get("/experiments/new").param("parent", experiment.getId().toString()).with(user(this.author)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("experiment");
		assertThat(next.getHypothesis()).isEqualTo("Backoff with full jitter, in the sandbox first.");
		assertThat(next.getParentId()).isEqualTo(experiment.getId());
		assertThat(next.getTitle()).isEqualTo("Next: Retries absorb a failover");
	}

	@Test
	void scalingUpNeedsEvidenceAndAConfirmedResult() throws Exception {
		Experiment experiment = this.experiments.log(this.author, "Pod disruption budgets", "payments-api");

		this.mvc
			.perform(post("/experiments/{id}/promote", experiment.getId()).param("result", "REFUTED")
				.param("evidence", "It failed")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("promotion", "result", "experiment.promote.notConfirmed"));
		this.mvc
			.perform(post("/experiments/{id}/promote", experiment.getId()).param("result", "CONFIRMED")
				.param("evidence", "")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(model().attributeHasFieldErrors("promotion", "evidence"));
		assertThat(this.experiments.story(experiment.getId()).experiment().getScope()).isEqualTo(Scope.SANDBOX);

		this.mvc
			.perform(post("/experiments/{id}/promote", experiment.getId()).param("result", "CONFIRMED")
				.param("evidence", "Held in 6 of 6 sandbox runs")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(redirectedUrl("/experiments/" + experiment.getId()));
		ExperimentStory story = this.experiments.story(experiment.getId());
		assertThat(story.experiment().getScope()).isEqualTo(Scope.TEAM);
		assertThat(story.promotions()).singleElement()
			.satisfies((shown) -> assertThat(shown.promotion().getEvidence()).isEqualTo("Held in 6 of 6 sandbox runs"));
		assertThat(this.events.stream(ExperimentPromoted.class)).singleElement()
			.satisfies((event) -> assertThat(event.to()).isEqualTo(Scope.TEAM));
	}

	@Test
	void onlyAuthorsCoAuthorsAndLeadsChangeAnExperimentWhateverTheFormSays() throws Exception {
		Member coAuthorMember = this.members.create("Co Author", Role.MEMBER);
		MemberPrincipal coAuthor = this.members.principal(coAuthorMember.getEmail());
		MemberPrincipal stranger = this.members.principal(this.members.create("Stranger", Role.MEMBER).getEmail());
		Experiment experiment = this.experiments.log(this.author, "Shared experiment", "payments-api",
				List.of(coAuthorMember.getId()), null, null);
		Experiment strangers = this.experiments.log(stranger, "Stranger's own", "payments-api");

		this.mvc.perform(get("/experiments/{id}/edit", experiment.getId()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(edit(experiment, "Hijacked").with(user(stranger))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/experiments/{id}/edit", experiment.getId()).param("id", strangers.getId().toString())
				.param("version", experiment.getVersion().toString())
				.param("title", "Hijacked by forged id")
				.param("kind", "PROCESS")
				.param("service", "x")
				.param("hypothesis", "x")
				.param("scope", "SANDBOX")
				.with(csrf())
				.with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/experiments/{id}/start", experiment.getId()).with(csrf()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/experiments/{id}/start", experiment.getId()).with(csrf()).with(user(this.members.manager())))
			.andExpect(status().isForbidden());
		assertThat(this.experiments.story(experiment.getId()).experiment().getTitle()).isEqualTo("Shared experiment");
		assertThat(this.experiments.story(experiment.getId()).experiment().getStatus())
			.isEqualTo(ExperimentStatus.PLANNED);

		this.mvc.perform(edit(experiment, "Edited by the co-author").with(user(coAuthor)))
			.andExpect(redirectedUrl("/experiments/" + experiment.getId()));
		Experiment edited = this.experiments.story(experiment.getId()).experiment();
		this.mvc.perform(edit(edited, "Edited by a lead").with(user(this.members.lead())))
			.andExpect(redirectedUrl("/experiments/" + experiment.getId()));
		assertThat(this.experiments.story(experiment.getId()).experiment().getTitle()).isEqualTo("Edited by a lead");
	}

	@Test
	void aStaleEditGivesTheConflictPage() throws Exception {
		Experiment experiment = this.experiments.log(this.author, "Edited twice", "payments-api");

		this.mvc.perform(edit(experiment, "First save").with(user(this.author))).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(experiment, "Late save").with(user(this.author)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Late save")));
	}

	@Test
	void keyResultsAndBacklogItemsListTheExperimentsBehindThem() throws Exception {
		OkrPeriod period = this.okrs.period();
		Objective objective = this.okrs.objective(period, "Backed by experiments", this.okrs.goalId("Reliability"),
				this.author.id(), this.author.id(), 1);
		Long keyResult = objective.getKeyResults().get(0).getId();
		BacklogItem item = this.backlog.raise(this.author, "Chaos on payments", BacklogItemType.SKILL_GAP, List.of());
		this.experiments.log(this.author, "Behind both", "payments-api", List.of(), item.getId(), keyResult);

		assertThat(this.okrs.view(objective.getId()).keyResults().get(0).work())
			.extracting(org.guildhall.web.Link::label)
			.containsExactly("Behind both");
		assertThat(this.backlog.view(item.getId(), this.author).work()).extracting(org.guildhall.web.Link::label)
			.containsExactly("Behind both");
		this.mvc.perform(get("/okrs/{id}", objective.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("Behind both")));
		this.mvc.perform(get("/backlog/{id}", item.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("Behind both")));
	}

	@Test
	void importsAChaosToolkitJournal() throws Exception {
		MvcResult result = this.mvc.perform(multipart("/experiments/import")
			.file(new MockMultipartFile("journal", "journal.json", "application/json",
					ChaosToolkitJournalTests.journal("journal-deviated.json")))
			.param("service", "astre")
			.with(csrf())
			.with(user(this.author))).andExpect(status().is3xxRedirection()).andReturn();

		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/experiments/", ""));
		Experiment imported = this.experiments.story(id).experiment();
		assertThat(imported.getTitle()).startsWith("What is the impact of an expired certificate");
		assertThat(imported.getKind()).isEqualTo(ExperimentKind.CHAOS_EXPERIMENT);
		assertThat(imported.getOutcome()).isEqualTo(Outcome.REFUTED);
		assertThat(imported.getService()).isEqualTo("astre");
		assertThat(imported.getMethod()).contains("swap-to-expired-cert");
		assertThat(this.events.stream(ExperimentLogged.class)).hasSize(1);
		assertThat(this.events.stream(ExperimentConcluded.class)).hasSize(1);
	}

	@Test
	void aBrokenOrOversizeJournalGetsAClearMessageAndCreatesNothing() throws Exception {
		long before = count();
		for (byte[] broken : List.of("{\"experiment\": ".getBytes(), "{\"hello\": \"world\"}".getBytes(),
				new byte[ChaosToolkitJournal.MAX_BYTES + 10])) {
			this.mvc
				.perform(multipart("/experiments/import")
					.file(new MockMultipartFile("journal", "journal.json", "application/json", broken))
					.param("service", "astre")
					.with(csrf())
					.with(user(this.author)))
				.andExpect(status().isOk())
				.andExpect(view().name("experiment/import"))
				.andExpect(content().string(containsString("Nothing was imported.")));
		}
		this.mvc
			.perform(multipart("/experiments/import").param("service", "astre").with(csrf()).with(user(this.author)))
			.andExpect(content().string(containsString("Choose the journal file")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theListFiltersAndSearchesLessons() throws Exception {
		String service = "search-" + System.nanoTime();
		Experiment withLesson = this.experiments.log(this.author, "Connection pool sizing", service);
		this.mvc.perform(post("/experiments/{id}/conclude", withLesson.getId())
			.param("version", withLesson.getVersion().toString())
			.param("outcome", "CONFIRMED")
			.param("abstractConceptualisation", "Saturated connection pools explain the latency spikes.")
			.with(csrf())
			.with(user(this.author)));
		this.experiments.log(this.author, "Something unrelated", service);

		assertThat(titles(get("/experiments").param("service", service.toUpperCase()))).hasSize(2);
		assertThat(titles(get("/experiments").param("service", service).param("q", "saturated pools")))
			.containsExactly("Connection pool sizing");
		assertThat(titles(get("/experiments").param("service", service).param("outcome", "CONFIRMED")))
			.containsExactly("Connection pool sizing");
		assertThat(titles(get("/experiments").param("service", service).param("author", this.author.id().toString())))
			.hasSize(2);
		assertThat(titles(get("/experiments").param("service", service)
			.param("from", "2999-01-01")
			.param("page", "x")
			.param("kind", "NOT_A_KIND")
			.param("q", "\"unbalanced & | !"))).isEmpty();
	}

	@Test
	void markdownInAnExperimentNeverRuns() throws Exception {
		Experiment experiment = this.experiments.log(this.author, "Script injection attempt", "payments-api");
		this.mvc
			.perform(post("/experiments/{id}/edit", experiment.getId()).param("id", experiment.getId().toString())
				.param("version", experiment.getVersion().toString())
				.param("title", "Script injection attempt")
				.param("kind", "PROCESS")
				.param("service", "payments-api")
				.param("hypothesis", "<script>alert('hypothesis')</script>\n\n**bold**")
				.param("scope", "SANDBOX")
				.param("concreteExperience", "[click](javascript:alert('x')) <img src=x onerror=alert(1)>")
				.with(csrf())
				.with(user(this.author)))
			.andExpect(redirectedUrl("/experiments/" + experiment.getId()));

		this.mvc.perform(get("/experiments/{id}", experiment.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("<strong>bold</strong>")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("href=\"javascript:"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	private List<String> titles(MockHttpServletRequestBuilder request) throws Exception {
		@SuppressWarnings("unchecked")
		List<ExperimentRow> rows = (List<ExperimentRow>) this.mvc.perform(request.with(user(this.members.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		return rows.stream().map(ExperimentRow::title).toList();
	}

	private MockHttpServletRequestBuilder edit(Experiment experiment, String title) {
		return post("/experiments/{id}/edit", experiment.getId()).param("id", experiment.getId().toString())
			.param("version", experiment.getVersion().toString())
			.param("title", title)
			.param("kind", experiment.getKind().name())
			.param("service", experiment.getService())
			.param("hypothesis", experiment.getHypothesis())
			.param("scope", experiment.getScope().name())
			.with(csrf());
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from experiments", Long.class);
	}

}
