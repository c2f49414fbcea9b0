package com.consumesafe.api.imports;

import com.consumesafe.api.curation.CuratorAuthentication;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.imports.CsvReader;
import com.consumesafe.domain.imports.ImportFormat;
import com.consumesafe.domain.imports.ImportPlan;
import com.consumesafe.domain.list.CuratedList;
import com.consumesafe.domain.list.Slug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Curators import a whole list from CSV, all or nothing. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private final ListImport imports;
    private final ImportProperties limits;

    ImportController(ListImport imports, ImportProperties limits) {
        this.imports = imports;
        this.limits = limits;
    }

    @PostMapping(consumes = TEXT_CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")),
            description = "The CSV file, UTF-8 with or without BOM")
    @Operation(summary = "Import a list from CSV (curators only)", description = "format=legacy reads"
            + " id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity;"
            + " format=native reads what GET /api/v1/export writes. Creates the list if needed. 201 with a report;"
            + " 422 listing every bad row (row 0 is the header) with nothing stored; 413 beyond the limits.")
    ResponseEntity<ImportReport> importList(@RequestParam String list, @RequestParam String format,
            @RequestParam(required = false) String title, HttpServletRequest request,
            @RequestAttribute(CuratorAuthentication.CURATOR) String curator) throws IOException {
        Slug slug = new Slug(list);
        ImportFormat parsed = ImportFormat.parse(format);
        Optional<String> listTitle = Optional.ofNullable(title).filter(text -> !text.isBlank());
        // a bad title is refused (400) before the body is read, not after the whole file was checked
        listTitle.ifPresent(text -> new CuratedList(slug, text, ""));
        ImportPlan plan = read(parsed, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.run(slug, listTitle, parsed, plan, curator));
    }

    // streamed: bytes decoded, records parsed and read into the plan as they arrive, so that only the plan is held;
    // refused on the announced length before reading, and never read beyond the limit when none is announced
    private ImportPlan read(ImportFormat format, HttpServletRequest request) throws IOException {
        long maxBytes = limits.maxBytes().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            throw ImportTooLargeException.bytes(maxBytes);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader body = new InputStreamReader(new LimitedBody(request.getInputStream(), maxBytes), utf8)) {
            return format.read(new BoundedRecords(new CsvReader(body), limits.maxRows()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidValueException("body", "must be UTF-8 text");
            }
            throw e.getCause();
        }
    }
}
