package org.guildhall.member;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryQueryTests {

	@Test
	void noParametersMeansActiveMembersByNameOnTheFirstPage() {
		DirectoryQuery query = DirectoryQuery.from(Map.of());

		assertThat(query.status()).isEqualTo(DirectoryQuery.Status.ACTIVE);
		assertThat(query.isFiltered()).isFalse();
		Pageable pageable = query.pageable();
		assertThat(pageable.getPageNumber()).isZero();
		assertThat(pageable.getPageSize()).isEqualTo(20);
		assertThat(pageable.getSort()).isEqualTo(Sort.by("name").and(Sort.by("id")));
	}

	@Test
	void readsEveryFilterAndTheSort() {
		DirectoryQuery query = DirectoryQuery
			.from(Map.of("q", "  ana ", "country", "ES", "businessUnit", "Payments", "jobRole", "Tester", "skill", "7",
					"minLevel", "4", "status", "all", "sort", "joined", "dir", "asc", "page", "3"));

		assertThat(query).isEqualTo(new DirectoryQuery("ana", "ES", "Payments", "Tester", 7L, 4,
				DirectoryQuery.Status.ALL, "joined", "asc", 3));
		assertThat(query.pageable().getOffset()).isEqualTo(40);
		assertThat(query.pageable().getSort()).isEqualTo(Sort.by("joinedOn").and(Sort.by("id")));
		assertThat(query.isFiltered()).isTrue();
	}

	@Test
	void joinDateSortsNewestFirstUnlessToldOtherwise() {
		assertThat(DirectoryQuery.from(Map.of("sort", "joined")).direction()).isEqualTo("desc");
	}

	@Test
	void malformedValuesFallBackToDefaults() {
		DirectoryQuery query = DirectoryQuery.from(Map.of("page", "-2", "minLevel", "eleven", "skill", "-5", "sort",
				"email; drop table members", "dir", "up", "status", "everyone"));

		assertThat(query).isEqualTo(
				new DirectoryQuery(null, null, null, null, null, 1, DirectoryQuery.Status.ACTIVE, "name", "asc", 1));
	}

	@Test
	void pageNumbersStayWithinWhatTheDatabaseCanOffset() {
		DirectoryQuery query = DirectoryQuery.from(Map.of("page", String.valueOf(Integer.MAX_VALUE)));

		assertThat(query.pageable().getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void overlongSearchIsCutToTheLongestUsefulName() {
		assertThat(DirectoryQuery.from(Map.of("q", "x".repeat(5000))).q()).hasSize(DirectoryQuery.MAX_SEARCH_LENGTH);
	}

	@Test
	void nonLeadsOnlyEverSeeActiveMembers() {
		assertThat(DirectoryQuery.from(Map.of("status", "deactivated")).activeOnly().status())
			.isEqualTo(DirectoryQuery.Status.ACTIVE);
	}

}
