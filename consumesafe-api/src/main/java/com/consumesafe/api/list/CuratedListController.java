package com.consumesafe.api.list;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which lists are curated. */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "Lists", description = "The curated lists a product is checked against")
class CuratedListController {

    private final CuratedLists lists;

    CuratedListController(CuratedLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "Every curated list, ordered by slug")
    List<CuratedListResponse> all() {
        return lists.all().stream().map(CuratedListResponse::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One curated list", description = "400 for a malformed slug, 404 for an unknown one")
    CuratedListResponse one(@PathVariable String slug) {
        Slug key = new Slug(slug);
        return lists.find(key)
                .map(CuratedListResponse::of)
                .orElseThrow(() -> new NotFoundException("list", key.value()));
    }
}
