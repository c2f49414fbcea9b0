package com.consumesafe.api.list;

import com.consumesafe.api.curation.CuratorAuthentication;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.list.CuratedList;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Curators create and change lists; every change is audited under the curator's label. */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
class CuratedListCuration {

    private final CuratedLists lists;
    private final AuditTrail audit;

    CuratedListCuration(CuratedLists lists, AuditTrail audit) {
        this.lists = lists;
        this.audit = audit;
    }

    @PutMapping("/{slug}")
    @Transactional
    @Operation(summary = "Create a list, or change its title and description (curators only)")
    ResponseEntity<CuratedListResponse> save(@PathVariable String slug, @RequestBody(required = false)
            CuratedListChange change, @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        if (change == null) {
            throw new InvalidValueException("body", "must be a JSON object with title and description");
        }
        Slug key = new Slug(slug);
        boolean existed = lists.find(key).isPresent();
        CuratedList saved = lists.save(new CuratedList(key, change.title(), change.description()));
        audit.record(new AuditEvent(null, curator, existed ? "list.changed" : "list.created", "list", key.value(),
                Map.of("title", saved.title(), "description", saved.description())));
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(CuratedListResponse.of(saved));
    }
}
