package com.consumesafe.api.logging;

/**
 * Shows control characters as escapes ({@code \r}, {@code \n}, {@code \u001b}), so that text taken from a request
 * and logged cannot end the log line and start one that looks like the application's own. Tabs stay as they are.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static String escaped(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::needsEscape)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (needsEscape(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    // C0 and C1 controls and DEL, and the Unicode line and paragraph separators some viewers break lines at
    private static boolean needsEscape(int c) {
        return c != '\t' && (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029');
    }
}
