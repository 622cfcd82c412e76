package org.guildhall.canvas;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canvas: its current version, its history, what changed between any two versions,
 * and saving the next one.
 */
@Service
@Transactional(readOnly = true)
public class CanvasService {

	private final CanvasVersionRepository versions;

	private final Members members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CanvasService(CanvasVersionRepository versions, Members members, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.members = members;
		this.events = events;
		this.clock = clock;
	}

	public Optional<CanvasVersion> current() {
		return this.versions.findCurrent();
	}

	/** Every version, newest first, with the names of who saved them. */
	public List<CanvasHistoryEntry> history() {
		List<CanvasVersion> all = this.versions.findAllNewestFirst();
		Map<Long, String> names = this.members
			.namesOf(all.stream().map(CanvasVersion::getAuthorId).collect(Collectors.toSet()));
		return all.stream()
			.map((version) -> new CanvasHistoryEntry(version, names.get(version.getAuthorId())))
			.toList();
	}

	public String authorOf(CanvasVersion version) {
		return this.members.namesOf(List.of(version.getAuthorId())).get(version.getAuthorId());
	}

	public CanvasVersion version(int number) {
		return this.versions.findByNumber(number).orElseThrow(() -> new CanvasVersionNotFoundException(number));
	}

	public CanvasDiff compare(int from, int to) {
		return CanvasDiff.between(version(from), version(to));
	}

	/**
	 * Saves the next version. The form names the version its editor started from: when
	 * someone saved a newer one meanwhile, nothing is saved and the conflict page shows
	 * what was typed.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public CanvasVersion save(MemberPrincipal lead, CanvasForm form) {
		this.versions.lockTable();
		int current = this.versions.findCurrent().map(CanvasVersion::getNumber).orElse(0);
		if (form.getBaseNumber() == null || form.getBaseNumber() != current) {
			throw new ObjectOptimisticLockingFailureException(CanvasVersion.class, current);
		}
		CanvasVersion saved = this.versions
			.save(new CanvasVersion(current + 1, form.blockTexts(), form.getWhy(), lead.id(), this.clock.instant()));
		this.events.publishEvent(new CanvasChanged(saved.getNumber(), lead.id(), form.getWhy(), saved.getCreatedAt()));
		return saved;
	}

	/** A version with the name of who saved it. */
	public record CanvasHistoryEntry(CanvasVersion version, String authorName) {
	}

	/** No version has the number a URL names. */
	static class CanvasVersionNotFoundException extends NotFoundException {

		CanvasVersionNotFoundException(int number) {
			super("No canvas version " + number);
		}

	}

}
