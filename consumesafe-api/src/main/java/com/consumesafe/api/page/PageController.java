package com.consumesafe.api.page;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell and the service worker: revalidated on every visit (Spring answers 304 to a matching ETag), so a new
 * version reaches shoppers at once while the assets they name stay cached.
 */
@RestController
@Hidden
class PageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final PageAssets assets;

    PageController(PageAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> index() {
        return revalidated(HTML, assets.index());
    }

    @GetMapping("/sw.js")
    ResponseEntity<byte[]> serviceWorker() {
        return revalidated(JAVASCRIPT, assets.serviceWorker());
    }

    private ResponseEntity<byte[]> revalidated(MediaType type, byte[] body) {
        return ResponseEntity.ok().eTag(assets.version()).cacheControl(CacheControl.noCache()).contentType(type)
                .body(body);
    }
}
