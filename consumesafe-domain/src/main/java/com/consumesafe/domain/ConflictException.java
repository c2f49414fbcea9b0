package com.consumesafe.domain;

/** A well-formed request the model refuses because of the state something is in, such as deciding a report twice. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
