package org.guildhall.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lead creating an API token for another system. */
class TokenForm {

	@NotBlank
	@Size(max = 80)
	private String name;

	private boolean writeOutcomes = true;

	private boolean readMetrics;

	@NotNull
	@Min(1)
	@Max(ApiTokens.LONGEST_DAYS)
	private Integer validDays = 90;

	Set<ApiScope> scopes() {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		if (this.writeOutcomes) {
			scopes.add(ApiScope.WRITE_OUTCOMES);
		}
		if (this.readMetrics) {
			scopes.add(ApiScope.READ_METRICS);
		}
		return scopes;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isWriteOutcomes() {
		return this.writeOutcomes;
	}

	public void setWriteOutcomes(boolean writeOutcomes) {
		this.writeOutcomes = writeOutcomes;
	}

	public boolean isReadMetrics() {
		return this.readMetrics;
	}

	public void setReadMetrics(boolean readMetrics) {
		this.readMetrics = readMetrics;
	}

	public Integer getValidDays() {
		return this.validDays;
	}

	public void setValidDays(Integer validDays) {
		this.validDays = validDays;
	}

}
