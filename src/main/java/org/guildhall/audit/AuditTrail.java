package org.guildhall.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.csv.CSVPrinter;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.CsvCells;
import org.guildhall.web.PageLinks;
import org.guildhall.web.Text;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail in PostgreSQL: rows are only ever added here, never changed or deleted.
 * The client address is the request's (the forwarded one only when
 * {@code server.forward-headers-strategy} trusts the proxy).
 */
@Service
class AuditTrail {

	/** The most rows one CSV export carries. */
	static final int MOST_EXPORTED = 100_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AuditTrail(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records an event done by the signed-in person of the current request (nobody, for a
	 * scheduled job or a request made before signing in).
	 */
	void record(AuditAction action, boolean success, Target target, String detail) {
		Actor actor = currentActor();
		record(action, success, actor.id(), actor.email(), target, detail);
	}

	/**
	 * Records an event done by this person: a success in the transaction of the change it
	 * records, so that both are kept or neither; a failure in a transaction of its own,
	 * so that it is kept even when the refusal rolls back what it interrupted.
	 */
	void record(AuditAction action, boolean success, Long actorId, String actorEmail, Target target, String detail) {
		if (success) {
			insert(action, true, actorId, actorEmail, target, detail);
		}
		else {
			this.ownTransaction
				.executeWithoutResult((status) -> insert(action, false, actorId, actorEmail, target, detail));
		}
	}

	private void insert(AuditAction action, boolean success, Long actorId, String actorEmail, Target target,
			String detail) {
		this.jdbc.update("""
				insert into audit_events (occurred_at, actor_id, actor_email, action, target_type, target_id,
				                          target_label, client_address, outcome, detail)
				values (:at, :actorId, :actorEmail, :action, :targetType, :targetId, :targetLabel, :address, :outcome,
				        :detail)""",
				new MapSqlParameterSource("at", Timestamp.from(this.clock.instant())).addValue("actorId", actorId)
					.addValue("actorEmail", cut(actorEmail, 254))
					.addValue("action", action.name())
					.addValue("targetType", (target != null) ? target.type() : null)
					.addValue("targetId", (target != null) ? target.id() : null)
					.addValue("targetLabel", (target != null) ? cut(target.label(), 254) : null)
					.addValue("address", cut(clientAddress(), 64))
					.addValue("outcome", success ? "SUCCESS" : "FAILURE")
					.addValue("detail", cut(detail, 500)));
	}

	/**
	 * A page of events, newest first, in a fixed number of statements; the count stops
	 * early beyond what any page needs.
	 */
	@Transactional(readOnly = true)
	Page<AuditEntry> find(AuditQuery query, ZoneId zone) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, zone, parameters);
		PageRequest pageable = PageRequest.of(query.page() - 1, AuditQuery.PAGE_SIZE);
		parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<AuditEntry> rows = this.jdbc.query(
				SELECT + where + " order by occurred_at desc, id desc limit :limit offset :offset", parameters,
				(row, i) -> entry(row));
		Long counted = this.jdbc.queryForObject(
				"select count(*) from (select 1 from audit_events" + where + " limit :countLimit) counted",
				parameters.addValue("countLimit", PageLinks.COUNT_LIMIT + 1), Long.class);
		return new PageImpl<>(rows, pageable, (counted != null) ? counted : 0);
	}

	/**
	 * The events the filters select, newest first, as CSV, at most
	 * {@link #MOST_EXPORTED}.
	 */
	@Transactional(readOnly = true)
	void export(AuditQuery query, ZoneId zone, Writer out) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", MOST_EXPORTED);
		String where = where(query, zone, parameters);
		try {
			CSVPrinter csv = new CSVPrinter(out, CsvCells.FORMAT);
			csv.printRecord("occurred_at_utc", "actor_id", "actor_email", "action", "outcome", "target_type",
					"target_id", "target", "client_address", "detail");
			this.jdbc.query(SELECT + where + " order by occurred_at desc, id desc limit :limit", parameters,
					(ResultSet row) -> {
						AuditEntry entry = entry(row);
						try {
							csv.printRecord(CsvCells.safe(DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()),
									entry.actorId(), entry.actorEmail(), entry.action().name(),
									entry.success() ? "SUCCESS" : "FAILURE", entry.targetType(), entry.targetId(),
									entry.targetLabel(), entry.clientAddress(), entry.detail()));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					});
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String SELECT = """
			select id, occurred_at, actor_id, actor_email, action, target_type, target_id, target_label,
			       client_address, outcome, detail
			  from audit_events""";

	private static String where(AuditQuery query, ZoneId zone, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (query.who() != null) {
			conditions.add("lower(actor_email) like :who escape '\\'");
			parameters.addValue("who", Text.escapeLike(query.who().toLowerCase(Locale.ROOT)) + "%");
		}
		if (query.what() != null) {
			conditions.add("action = :what");
			parameters.addValue("what", query.what().name());
		}
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			parameters.addValue("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			parameters.addValue("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static AuditEntry entry(ResultSet row) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
				row.getObject("actor_id", Long.class), row.getString("actor_email"),
				AuditAction.valueOf(row.getString("action")), row.getString("target_type"),
				row.getObject("target_id", Long.class), row.getString("target_label"), row.getString("client_address"),
				"SUCCESS".equals(row.getString("outcome")), row.getString("detail"));
	}

	private static String cut(String text, int length) {
		String clean = Text.withoutControlCharacters(text);
		return (clean != null && clean.length() > length) ? clean.substring(0, length) : clean;
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
			return new Actor(member.id(), member.getUsername());
		}
		return new Actor(null, null);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/** Who did it. */
	record Actor(Long id, String email) {
	}

	/** What it was done to: a member, a token, a period, the canvas. */
	record Target(String type, Long id, String label) {

		static Target member(Long id, String email) {
			return new Target("member", id, email);
		}

	}

}
