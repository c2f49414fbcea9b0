package com.consumesafe.api.answers;

import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Public read answers with HTTP validators: an ETag made of the catalog version and the application's version, a
 * short max-age, 304 Not Modified when the client's copy is current, and the JSON from this replica's cache.
 */
@Component
public class PublicAnswers {

    private final AnswerCache answers;
    private final CacheControl cacheControl;
    private final String applicationVersion;

    PublicAnswers(AnswerCache answers, AnswerProperties properties,
            @Value("${consumesafe.version:unknown}") String applicationVersion) {
        this.answers = answers;
        this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic();
        this.applicationVersion = applicationVersion.replaceAll("[^A-Za-z0-9.+-]", "");
    }

    /**
     * The answer to a public read.
     *
     * @param request the request, for If-None-Match
     * @param key     what identifies the answer: the endpoint and its parameters once read
     * @param compute the answer when it is not kept; its exceptions reach the caller, and nothing is kept
     */
    public ResponseEntity<byte[]> respond(WebRequest request, String key, Supplier<?> compute) {
        OptionalLong version = answers.version();
        if (version.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                    .body(answers.answer(key, compute));
        }
        String etag = "W/\"" + version.getAsLong() + "-" + applicationVersion + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(etag).cacheControl(cacheControl)
                .body(answers.answer(key, compute));
    }
}
