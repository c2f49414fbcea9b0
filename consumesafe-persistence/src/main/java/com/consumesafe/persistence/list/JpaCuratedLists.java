package com.consumesafe.persistence.list;

import com.consumesafe.domain.list.CuratedList;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The CuratedLists port on PostgreSQL. */
@Component
@Transactional(readOnly = true)
class JpaCuratedLists implements CuratedLists {

    private final CuratedListRows rows;

    JpaCuratedLists(CuratedListRows rows) {
        this.rows = rows;
    }

    @Override
    public List<CuratedList> all() {
        return rows.findAllByOrderBySlugAsc().stream().map(CuratedListEntity::toDomain).toList();
    }

    @Override
    public Optional<CuratedList> find(Slug slug) {
        return rows.findBySlug(slug.value()).map(CuratedListEntity::toDomain);
    }

    @Override
    @Transactional
    public CuratedList save(CuratedList list) {
        CuratedListEntity row = rows.findBySlug(list.slug().value())
                .orElseGet(() -> new CuratedListEntity(list.slug().value()));
        row.apply(list);
        return rows.save(row).toDomain();
    }
}
