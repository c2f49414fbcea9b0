package com.consumesafe.api.check;

import com.consumesafe.api.answers.PublicAnswers;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.barcode.ScannedBarcode;
import com.consumesafe.domain.catalog.Barcodes;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.search.CatalogSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Ranked matches for what a person is typing: exact, then prefix, then typo-tolerant; a barcode first. */
@RestController
@Tag(name = "Check")
class SearchController {

    private final CatalogSearch search;
    private final Barcodes barcodes;
    private final Ownership ownership;
    private final CheckParameters parameters;
    private final PublicAnswers answers;

    SearchController(CatalogSearch search, Barcodes barcodes, Ownership ownership, CheckParameters parameters,
            PublicAnswers answers) {
        this.search = search;
        this.barcodes = barcodes;
        this.ownership = ownership;
        this.parameters = parameters;
        this.answers = answers;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search products, brands and companies by name, or a product by barcode")
    @ApiResponse(responseCode = "200", description = "ranked matches", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = SearchResponse.class)))
    ResponseEntity<byte[]> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit,
            WebRequest request) {
        return answers.respond(request, String.join("\u0000", "search", q, Integer.toString(limit)),
                () -> results(q, limit));
    }

    private SearchResponse results(String q, int limit) {
        if (limit < 1 || limit > CatalogSearch.MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + CatalogSearch.MAX_LIMIT);
        }
        List<SearchResponse.Result> results = new ArrayList<>();
        Optional<Gtin> barcode = ScannedBarcode.isReadable(q) ? Optional.of(ScannedBarcode.read(q)) : Optional.empty();
        barcode.filter(gtin -> !gtin.isRestrictedCirculation()).flatMap(barcodes::productWith).ifPresent(product -> {
            List<OwnershipStep> chain = ownership.chainOf(product);
            results.add(new SearchResponse.Result(chain.getFirst().name(), "PRODUCT", product.value(), 1.0,
                    "BARCODE"));
        });
        // a Digital Link URL or an element string is a barcode, not a name to look for
        if (barcode.isPresent() && !Gtin.isValid(q)) {
            return new SearchResponse(q, results);
        }
        search.search(parameters.query(q), limit).stream()
                .filter(match -> results.stream().noneMatch(result -> result.id() == match.target().value()
                        && result.kind().equals(match.target().kind().name())))
                .limit(limit - results.size())
                .map(SearchResponse.Result::of)
                .forEach(results::add);
        return new SearchResponse(q, results);
    }
}
