package com.consumesafe.domain;

/** Something was asked for by a well-formed key that the catalog does not hold. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        super("No " + kind + " '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
