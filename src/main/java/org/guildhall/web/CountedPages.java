package org.guildhall.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;

/**
 * Pages of a filtered list whose total is counted only up to
 * {@link PageLinks#COUNT_LIMIT} rows, and not at all when the page itself shows it is the
 * last: a full count reads every matching row, which at ten thousand rows cost more than
 * the page.
 */
@Component
public class CountedPages {

	private final EntityManager entityManager;

	CountedPages(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A page of the entities matching, in one or two statements. */
	public <T> Page<T> page(JpaSpecificationExecutor<T> repository, Class<T> type, Specification<T> matching,
			Pageable pageable) {
		Slice<T> slice = repository.findBy(matching, (query) -> query.slice(pageable));
		long total = (!slice.hasNext() && (slice.hasContent() || pageable.getPageNumber() == 0))
				? pageable.getOffset() + slice.getNumberOfElements() : countUpTo(type, matching);
		return new PageImpl<>(slice.getContent(), pageable, total);
	}

	/** How many match, counted up to one more than the limit. */
	<T> long countUpTo(Class<T> type, Specification<T> matching) {
		HibernateCriteriaBuilder builder = this.entityManager.unwrap(Session.class).getCriteriaBuilder();
		JpaCriteriaQuery<Long> count = builder.createQuery(Long.class);
		JpaSubQuery<Long> matches = count.subquery(Long.class);
		JpaRoot<T> root = matches.from(type);
		Predicate predicate = matching.toPredicate(root, count, builder);
		Expression<Long> id = root.get("id");
		// a subquery in a from clause names what it selects
		id.alias("id");
		matches.select(id);
		if (predicate != null) {
			matches.where(predicate);
		}
		matches.fetch(PageLinks.COUNT_LIMIT + 1);
		count.from(matches);
		count.select(builder.count());
		return this.entityManager.createQuery(count).getSingleResult();
	}

}
