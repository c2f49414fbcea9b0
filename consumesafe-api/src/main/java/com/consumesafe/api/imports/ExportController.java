package com.consumesafe.api.imports;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.imports.CatalogImports;
import com.consumesafe.domain.imports.NativeWriter;
import com.consumesafe.domain.list.Slug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole list as CSV, in the native layout that imports read back. */
@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Lists")
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CatalogImports catalog;

    ExportController(CatalogImports catalog) {
        this.catalog = catalog;
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "A list as CSV", description = "The native layout: companies, brands, products,"
            + " listings and alternatives, sorted so the same list always gives the same file; round-trips through"
            + " POST /api/v1/imports?format=native. 404 for an unknown list.")
    ResponseEntity<String> export(@RequestParam String list, @RequestParam(defaultValue = "csv") String format) {
        Slug slug = new Slug(list);
        if (!"csv".equalsIgnoreCase(format.strip())) {
            throw new InvalidValueException("format", "must be csv");
        }
        String file = catalog.export(slug).map(NativeWriter::write)
                .orElseThrow(() -> new NotFoundException("list", slug.value()));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(slug.value() + ".csv").build().toString())
                .body(file);
    }
}
