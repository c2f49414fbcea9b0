package com.consumesafe.domain.barcode;

import com.consumesafe.domain.InvalidValueException;

/**
 * A GS1 trade item number with a verified check digit, held as GTIN-14 so that the UPC-A 036000291452, the
 * EAN-13 0036000291452 and the GTIN-14 00036000291452 are one barcode whatever form the scanner returned.
 *
 * @param value fourteen digits, the last one the check digit
 */
public record Gtin(String value) {

    public static final int LENGTH = 14;

    private static final String FIELD = "barcode";

    // an EAN-8 in GTIN-14 form: no GTIN-13 is issued with the prefix 00000
    private static final String GTIN_8_PADDING = "000000";

    public Gtin {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(Gtin::isDigit)) {
            throw new InvalidValueException(FIELD, "must be a GTIN-14 of " + LENGTH + " digits");
        }
        verifyCheckDigit(value);
    }

    /**
     * Reads an EAN-8, UPC-A, EAN-13 or GTIN-14 as typed or scanned; spaces and hyphens between digits are allowed.
     */
    public static Gtin parse(String barcode) {
        if (barcode == null || barcode.isBlank()) {
            throw new InvalidValueException(FIELD, "must not be empty");
        }
        if (barcode.length() > 2 * LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + 2 * LENGTH + " characters");
        }
        StringBuilder digits = new StringBuilder(LENGTH);
        for (int i = 0; i < barcode.length(); i++) {
            char c = barcode.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                throw new InvalidValueException(FIELD,
                        "must contain only digits, spaces and hyphens; found another character at position " + (i + 1));
            }
        }
        int length = digits.length();
        if (length != 8 && length != 12 && length != 13 && length != LENGTH) {
            throw new InvalidValueException(FIELD,
                    "must have 8 (EAN-8), 12 (UPC-A), 13 (EAN-13) or 14 (GTIN-14) digits, not " + length);
        }
        return new Gtin("0".repeat(LENGTH - length) + digits);
    }

    /**
     * Whether the number is a restricted-circulation one: an in-store or company-internal code (GS1 prefixes 02, 04
     * and 20-29, an EAN-8 starting with 0 or 2) or a coupon (05, 98, 99). Such a number means something only inside
     * one shop or company, so it never identifies a product across the catalog.
     */
    public boolean isRestrictedCirculation() {
        if (value.startsWith(GTIN_8_PADDING)) {
            char first = value.charAt(GTIN_8_PADDING.length());
            return first == '0' || first == '2';
        }
        // the GS1 prefix of the GTIN-13 inside, whatever the packaging indicator in front of it
        int prefix = Integer.parseInt(value.substring(1, 4));
        int twoDigits = prefix / 10;
        return twoDigits == 2 || twoDigits == 4 || twoDigits == 5
                || prefix / 100 == 2
                || prefix >= 980 && prefix <= 984
                || twoDigits == 99;
    }

    /** This barcode, refused when it is a restricted-circulation number that no global product carries. */
    public Gtin requireGlobal() {
        if (isRestrictedCirculation()) {
            throw new InvalidValueException(FIELD, "is a restricted-circulation number (an in-store,"
                    + " company-internal or coupon code): it identifies nothing outside one shop");
        }
        return this;
    }

    /** Whether {@link #parse(String)} would accept the barcode. */
    public static boolean isValid(String barcode) {
        try {
            parse(barcode);
            return true;
        } catch (InvalidValueException ignored) {
            return false;
        }
    }

    /** The GS1 mod-10 check digit of the digits before it. */
    static int checkDigit(CharSequence digitsBeforeCheck) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsBeforeCheck.length() - 1; i >= 0; i--) {
            sum += (digitsBeforeCheck.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }

    private static void verifyCheckDigit(String digits) {
        if (digits.chars().allMatch(c -> c == '0')) {
            throw new InvalidValueException(FIELD, "must not be all zeros");
        }
        int expected = checkDigit(digits.subSequence(0, LENGTH - 1));
        int actual = digits.charAt(LENGTH - 1) - '0';
        if (expected != actual) {
            throw new InvalidValueException(FIELD,
                    "has a wrong check digit: expected " + expected + ", found " + actual);
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
