package com.consumesafe.domain;

/** A value the model refuses, with the name of the field that carried it. */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
