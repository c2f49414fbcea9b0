package com.consumesafe.persistence.list;

import com.consumesafe.domain.list.CuratedList;
import com.consumesafe.domain.list.Slug;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of curated_list. */
@Entity
@Table(name = "curated_list")
class CuratedListEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CuratedListEntity() {
        // for JPA
    }

    CuratedListEntity(String slug) {
        this.slug = slug;
        this.createdAt = Instant.now();
    }

    void apply(CuratedList list) {
        this.title = list.title();
        this.description = list.description();
        this.updatedAt = Instant.now();
    }

    CuratedList toDomain() {
        return new CuratedList(new Slug(slug), title, description);
    }
}
