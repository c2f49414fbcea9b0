package com.consumesafe.persistence.list;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to curated_list. */
interface CuratedListRows extends JpaRepository<CuratedListEntity, Long> {

    Optional<CuratedListEntity> findBySlug(String slug);

    List<CuratedListEntity> findAllByOrderBySlugAsc();
}
