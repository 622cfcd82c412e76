package org.guildhall.web;

import java.util.Objects;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The explicit version check of an edit form: Hibernate ignores a version copied onto an
 * entity it has already loaded, so a stale form would otherwise overwrite a newer save.
 */
public final class Versions {

	private Versions() {
	}

	public static void requireCurrent(Class<?> type, Object id, Long current, Long submitted) {
		if (!Objects.equals(current, submitted)) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
