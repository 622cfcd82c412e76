package org.guildhall.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChaosToolkitJournalTests {

	private final ObjectMapper json = JsonMapper.builder().build();

	@Test
	void readsARealJournal() throws IOException {
		ChaosToolkitJournal journal = ChaosToolkitJournal.read(journal("journal-deviated.json"), this.json);

		assertThat(journal.title()).isEqualTo("What is the impact of an expired certificate on our application chain?");
		assertThat(journal.hypothesis()).startsWith("Steady state: Application responds")
			.contains("`the-astre-service-must-be-running` must be within tolerance `true`")
			.contains("`we-can-request-sunset` must be within tolerance `200`");
		assertThat(journal.method()).contains("1. action `swap-to-expired-cert`")
			.contains("2. probe `read-tls-cert-expiry-date`")
			.contains("3. action `restart-astre-service-to-pick-up-certificate`")
			.contains("Rollbacks:")
			.contains("`swap-to-valid-cert`");
		assertThat(journal.experience()).contains("If a certificate expires")
			.contains("The run completed and deviated from its steady state.")
			.contains("Before the method the steady state was met. After the method the steady state was not met.");
		assertThat(journal.outcome()).isEqualTo(Outcome.REFUTED);
		assertThat(journal.startedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(journal.endedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void aCompletedRunThatHeldItsSteadyStateConfirmsTheHypothesis() {
		assertThat(read("{\"experiment\": {\"title\": \"Held\"}, \"status\": \"completed\", \"deviated\": false}")
			.outcome()).isEqualTo(Outcome.CONFIRMED);
	}

	@Test
	void aFailedAbortedOrInterruptedRunIsInconclusive() {
		for (String status : new String[] { "failed", "aborted", "interrupted" }) {
			assertThat(
					read("{\"experiment\": {\"title\": \"Broke\"}, \"status\": \"" + status + "\", \"deviated\": true}")
						.outcome())
				.isEqualTo(Outcome.INCONCLUSIVE);
		}
	}

	@Test
	void aMinimalJournalStillReads() {
		ChaosToolkitJournal journal = read("{\"experiment\": {\"title\": \"Bare\"}, \"status\": \"completed\"}");

		assertThat(journal.hypothesis()).isEqualTo("The journal states no steady-state hypothesis.");
		assertThat(journal.method()).isNull();
		assertThat(journal.startedOn()).isNull();
	}

	@Test
	void refusesWhatIsNotJson() {
		assertThatThrownBy(() -> read("{\"experiment\": {\"title\": ")).extracting("code")
			.isEqualTo("experiment.import.notJson");
		assertThatThrownBy(() -> read("not json at all")).extracting("code").isEqualTo("experiment.import.notJson");
	}

	@Test
	void refusesJsonThatIsNotAJournal() {
		for (String json : new String[] { "{}", "[]", "42", "{\"experiment\": {\"title\": \"No status\"}}",
				"{\"experiment\": {\"title\": 7}, \"status\": \"completed\"}", "{\"status\": \"completed\"}",
				"{\"experiment\": \"just text\", \"status\": \"completed\"}" }) {
			assertThatThrownBy(() -> read(json)).as(json).extracting("code").isEqualTo("experiment.import.notJournal");
		}
	}

	@Test
	void refusesAnOversizeFile() {
		byte[] huge = new byte[ChaosToolkitJournal.MAX_BYTES + 1];
		assertThatThrownBy(() -> ChaosToolkitJournal.read(huge, this.json)).extracting("code")
			.isEqualTo("experiment.import.tooLarge");
	}

	private ChaosToolkitJournal read(String json) {
		return ChaosToolkitJournal.read(json.getBytes(StandardCharsets.UTF_8), this.json);
	}

	static byte[] journal(String name) throws IOException {
		try (InputStream in = ChaosToolkitJournalTests.class.getResourceAsStream("/chaos/" + name)) {
			return in.readAllBytes();
		}
	}

}
