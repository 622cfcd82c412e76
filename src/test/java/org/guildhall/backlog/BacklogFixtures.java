package org.guildhall.backlog;

import java.util.List;

import org.guildhall.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * Raises backlog items for tests through the service the pages use.
 */
@Component
public class BacklogFixtures {

	private final BacklogService backlog;

	private final BacklogList list;

	BacklogFixtures(BacklogService backlog, BacklogList list) {
		this.backlog = backlog;
		this.list = list;
	}

	public BacklogItem raise(MemberPrincipal owner, String title, BacklogItemType type, List<Long> skills) {
		BacklogItemForm form = new BacklogItemForm();
		form.setTitle(title);
		form.setType(type);
		form.setSkillIds(skills);
		return this.backlog.raise(owner, form);
	}

	public BacklogItem find(Long id) {
		return this.backlog.find(id);
	}

	public BacklogRow view(Long id, MemberPrincipal viewer) {
		return this.list.view(id, viewer);
	}

}
