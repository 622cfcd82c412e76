package org.guildhall.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Who came: the people ticked among those signed up, and anyone else who joined.
 */
class AttendanceForm {

	private List<Long> attendeeIds = new ArrayList<>();

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
