package com.consumesafe.domain.barcode;

import com.consumesafe.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a barcode as phones and scanners give it: the digits of a GTIN (with spaces or hyphens), a GS1 Digital
 * Link URL ({@code https://id.gs1.org/01/09506000134352}, any host, {@code /01/} or {@code /gtin/} in the path), or
 * a GS1 element string ({@code (01)09506000134352(17)...}, or {@code 0109506000134352...} as a scanner sends it,
 * with or without its symbology identifier and group separators).
 */
public final class ScannedBarcode {

    /** The longest text accepted: a Digital Link URL with its other identifiers and query. */
    public static final int MAX_LENGTH = 512;

    private static final String FIELD = "barcode";
    private static final String GTIN_AI = "01";
    private static final int ELEMENT_LENGTH = GTIN_AI.length() + Gtin.LENGTH;

    private static final Pattern DIGITAL_LINK = Pattern.compile(
            "^https?://[^/?#\\s]+(?:/[^?#\\s]*)?/(?:01|gtin)/([0-9]{8,14})(?:[/?#].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_ELEMENTS = Pattern.compile("^\\(01\\)\\s*([0-9]{14})(?:\\(.*)?$");
    // "]C1" (GS1-128), "]e0" (GS1 DataBar), "]d2" (GS1 DataMatrix), "]Q3" (GS1 QR code) and the like
    private static final Pattern SYMBOLOGY_IDENTIFIER = Pattern.compile("^\\][A-Za-z][0-9]");
    private static final char GROUP_SEPARATOR = '\u001d';

    private ScannedBarcode() {
    }

    /** The GTIN the text carries; a 400-worthy refusal naming {@code barcode} when it carries none. */
    public static Gtin read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(FIELD, "must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        String scanned = withoutScannerFraming(text.strip());
        if (scanned.toLowerCase(Locale.ROOT).startsWith("http")) {
            return fromDigitalLink(scanned);
        }
        if (scanned.startsWith("(")) {
            Matcher elements = BRACKETED_ELEMENTS.matcher(scanned);
            if (!elements.matches()) {
                throw new InvalidValueException(FIELD, "is a GS1 element string without a GTIN: it must start with"
                        + " (01) and fourteen digits");
            }
            return Gtin.parse(elements.group(1));
        }
        if (isElementString(scanned)) {
            return Gtin.parse(scanned.substring(GTIN_AI.length(), ELEMENT_LENGTH));
        }
        return Gtin.parse(scanned);
    }

    /** Whether {@link #read(String)} would find a GTIN in the text. */
    public static boolean isReadable(String text) {
        try {
            read(text);
            return true;
        } catch (InvalidValueException ignored) {
            return false;
        }
    }

    private static Gtin fromDigitalLink(String url) {
        Matcher link = DIGITAL_LINK.matcher(url);
        if (!link.matches()) {
            throw new InvalidValueException(FIELD, "is a URL but not a GS1 Digital Link: its path must hold /01/"
                    + " followed by the GTIN");
        }
        return Gtin.parse(link.group(1));
    }

    // a plain GTIN has at most fourteen digits: more, after the GTIN's application identifier, is an element string
    private static boolean isElementString(String scanned) {
        if (scanned.length() <= Gtin.LENGTH || !scanned.startsWith(GTIN_AI) || scanned.length() < ELEMENT_LENGTH) {
            return false;
        }
        return scanned.substring(0, ELEMENT_LENGTH).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String withoutScannerFraming(String text) {
        String unframed = SYMBOLOGY_IDENTIFIER.matcher(text).replaceFirst("");
        int start = 0;
        while (start < unframed.length() && unframed.charAt(start) == GROUP_SEPARATOR) {
            start++;
        }
        return unframed.substring(start);
    }
}
