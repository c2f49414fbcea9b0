package com.consumesafe.api.page;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page's assets under /app/{version}/: a URL names one content, so browsers and CDNs keep it a year.
 * Another version's URL is a 404, never another content under the same name.
 */
@Configuration(proxyBeanMethods = false)
class PageResources implements WebMvcConfigurer {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic()
            .immutable();

    private final PageAssets assets;

    PageResources(PageAssets assets) {
        this.assets = assets;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String prefix = "/app/" + assets.version();
        // the polyfill is fetched only when the camera is used in a browser without the Barcode Detection API
        registry.addResourceHandler(prefix + "/vendor/html5-qrcode/**")
                .addResourceLocations(assets.scannerLibrary()).setCacheControl(IMMUTABLE);
        registry.addResourceHandler(prefix + "/**")
                .addResourceLocations(PageAssets.LOCATION + "app/").setCacheControl(IMMUTABLE);
    }
}
