package org.guildhall.okr;

import java.math.BigDecimal;

import org.springframework.validation.Errors;

/**
 * The rules of key results that Bean Validation cannot express: what each kind needs,
 * which direction its target lies in, and which values its unit allows.
 */
final class ObjectiveFormValidator {

	private ObjectiveFormValidator() {
	}

	static void validate(ObjectiveForm form, Errors errors) {
		if (form.filledRows().isEmpty()) {
			errors.rejectValue("keyResults", "okr.keyResults.none");
		}
		for (int row : form.filledRows()) {
			validate(form.getKeyResults().get(row), "keyResults[" + row + "].", errors);
		}
	}

	private static void validate(ObjectiveForm.KeyResultRow row, String path, Errors errors) {
		if (row.getTitle() == null || row.getTitle().isBlank()) {
			errors.rejectValue(path + "title", "NotBlank");
		}
		if (row.getOwnerId() == null) {
			errors.rejectValue(path + "ownerId", "NotNull");
		}
		if (row.getKind() == null) {
			errors.rejectValue(path + "kind", "NotNull");
			return;
		}
		if (row.getKind().isMilestone()) {
			return;
		}
		if (row.getUnit() == null) {
			errors.rejectValue(path + "unit", "NotNull");
		}
		boolean numbers = checkValue(row.getBaseline(), row.getUnit(), path + "baseline", errors)
				& checkValue(row.getTarget(), row.getUnit(), path + "target", errors);
		if (!numbers || !row.getKind().isProgress()) {
			return;
		}
		int direction = row.getTarget().compareTo(row.getBaseline());
		if (direction == 0) {
			errors.rejectValue(path + "target", "okr.target.noDirection");
		}
		else if (row.getKind() == KeyResultKind.DECREASE_TO && direction > 0) {
			errors.rejectValue(path + "target", "okr.target.decreaseAbove");
		}
		else if (row.getKind() == KeyResultKind.INCREASE_TO && direction < 0) {
			errors.rejectValue(path + "target", "okr.target.increaseBelow");
		}
	}

	/**
	 * Checks a value the user typed against its unit; false when it is missing or
	 * refused.
	 */
	static boolean checkValue(BigDecimal value, Unit unit, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return false;
		}
		if (value == null) {
			errors.rejectValue(field, "NotNull");
			return false;
		}
		Unit checkedAs = (unit != null) ? unit : Unit.SCORE;
		if (!checkedAs.accepts(value)) {
			errors.rejectValue(field, checkedAs.refusal());
			return false;
		}
		return true;
	}

}
