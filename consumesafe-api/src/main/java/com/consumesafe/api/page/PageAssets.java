package com.consumesafe.api.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The page's files, read once at startup: the shell (index.html) and the service worker are rendered with the
 * version, a hash of every file, so that each asset URL names its content and can be cached for a year.
 */
@Component
class PageAssets {

    /** Where the page's own files live on the classpath. */
    static final String LOCATION = "classpath:/page/";

    /** The WebJar of the barcode polyfill: Maven Central's html5-qrcode (ZXing in JavaScript). */
    private static final String SCANNER_WEBJAR = "META-INF/maven/org.webjars.npm/html5-qrcode/pom.properties";

    private static final String APP = "app/";

    private final String version;
    private final String scannerLibrary;
    private final byte[] index;
    private final byte[] serviceWorker;

    PageAssets() {
        Map<String, byte[]> files = read(LOCATION + "**/*");
        MessageDigest digest = sha256();
        files.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        });
        this.scannerLibrary = "classpath:/META-INF/resources/webjars/html5-qrcode/" + webjarVersion() + "/";
        digest.update(scannerLibrary.getBytes(StandardCharsets.UTF_8));
        this.version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        String prefix = "/app/" + version;
        this.index = render(files, "index.html", prefix);
        List<String> shell = new ArrayList<>(List.of("/"));
        files.keySet().stream().filter(path -> path.startsWith(APP))
                .map(path -> prefix + "/" + path.substring(APP.length())).forEach(shell::add);
        String precache = shell.stream().map(path -> "\"" + path + "\"").collect(Collectors.joining(",", "[", "]"));
        this.serviceWorker = new String(render(files, "sw.js", prefix), StandardCharsets.UTF_8)
                .replace("@VERSION@", version).replace("\"@SHELL@\"", precache).getBytes(StandardCharsets.UTF_8);
    }

    /** A hash of every file of the page, the same on every replica built from the same sources. */
    String version() {
        return version;
    }

    /** Where the polyfill's files are, as a resource location. */
    String scannerLibrary() {
        return scannerLibrary;
    }

    /** The shell, pointing at this version's assets. */
    byte[] index() {
        return index.clone();
    }

    /** The service worker, with this version's list of files to keep for offline use. */
    byte[] serviceWorker() {
        return serviceWorker.clone();
    }

    private static byte[] render(Map<String, byte[]> files, String name, String prefix) {
        byte[] template = files.get(name);
        if (template == null) {
            throw new IllegalStateException("The page's " + name + " is missing from " + LOCATION);
        }
        return new String(template, StandardCharsets.UTF_8).replace("@APP@", prefix).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> read(String pattern) {
        try {
            Resource root = new PathMatchingResourcePatternResolver().getResource(LOCATION);
            String base = root.getURI().toString();
            Map<String, byte[]> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                if (resource.isReadable() && !resource.getURI().toString().endsWith("/")) {
                    files.put(resource.getURI().toString().substring(base.length()), resource.getContentAsByteArray());
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the page's files", e);
        }
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(SCANNER_WEBJAR).getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The barcode polyfill's WebJar is missing from the classpath", e);
        }
        return properties.getProperty("version");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
