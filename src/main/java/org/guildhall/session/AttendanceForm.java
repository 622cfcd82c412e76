package org.guildhall.session;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * Who came: the people ticked among those signed up, and anyone else who joined.
 */
class AttendanceForm {

	@Size(max = 500)
	private List<Long> attendeeIds = new ArrayList<>();

	@Size(max = 500)
	private List<Long> others = new ArrayList<>();

	public List<Long> getAttendeeIds() {
		return this.attendeeIds;
	}

	public void setAttendeeIds(List<Long> attendeeIds) {
		this.attendeeIds = (attendeeIds != null) ? attendeeIds : new ArrayList<>();
	}

	public List<Long> getOthers() {
		return this.others;
	}

	public void setOthers(List<Long> others) {
		this.others = (others != null) ? others : new ArrayList<>();
	}

}
