package com.consumesafe.api.check;

import com.consumesafe.api.answers.PublicAnswers;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.barcode.ScannedBarcode;
import com.consumesafe.domain.check.Check;
import com.consumesafe.domain.verdict.CheckOptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Is this product, or whoever owns it, on a list, why, and what to buy instead. */
@RestController
@Tag(name = "Check", description = "Verdicts with their explanation")
class CheckController {

    private final Check check;
    private final CheckParameters parameters;
    private final PublicAnswers answers;

    CheckController(Check check, CheckParameters parameters, PublicAnswers answers) {
        this.check = check;
        this.parameters = parameters;
        this.answers = answers;
    }

    // no transaction around the whole check: at READ COMMITTED it would not share a snapshot, only cost a round trip
    @GetMapping("/api/v1/check")
    @Operation(summary = "Check a product, brand or company by name, or a product by barcode",
            description = CheckResponse.DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "the verdict, its explanation and look-alikes",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckResponse.class),
                    examples = {
                        @ExampleObject(name = "listed, a typing error corrected", value = CheckExamples.LISTED),
                        @ExampleObject(name = "unknown, did you mean", value = CheckExamples.DID_YOU_MEAN),
                        @ExampleObject(name = "not listed", value = CheckExamples.NOT_LISTED)}))
    ResponseEntity<byte[]> check(
            @Parameter(description = "a name as a person would type it") @RequestParam(required = false) String q,
            @Parameter(description = "a barcode as typed or scanned: EAN-8, UPC-A, EAN-13 or GTIN-14 digits (spaces and"
                    + " hyphens allowed), a GS1 Digital Link URL (https://id.gs1.org/01/<gtin>, any host), or a GS1"
                    + " element string ((01)<gtin>... or 01<gtin>...)")
            @RequestParam(required = false) String barcode,
            @Parameter(description = "comma-separated list slugs; all lists when absent")
            @RequestParam(required = false) String lists,
            @Parameter(description = "ISO country code whose alternatives come first")
            @RequestParam(required = false) String country, WebRequest request) {
        if ((q == null) == (barcode == null)) {
            throw new InvalidValueException(q == null ? "q" : "barcode", "give exactly one of q and barcode");
        }
        String key = String.join("\u0000", "check", q == null ? "" : q, barcode == null ? "" : barcode,
                lists == null ? "" : lists, country == null ? "" : country);
        return answers.respond(request, key, () -> {
            CheckOptions options = parameters.options(lists, country);
            return CheckResponse.of(barcode != null ? check.byBarcode(ScannedBarcode.read(barcode), options)
                    : check.byName(parameters.query(q), options));
        });
    }
}
