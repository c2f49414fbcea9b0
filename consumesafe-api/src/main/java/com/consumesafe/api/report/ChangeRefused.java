package com.consumesafe.api.report;

import org.springframework.http.HttpStatus;

/** Accepting a report would make a change the catalog cannot take now; nothing of the acceptance is kept. */
class ChangeRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    ChangeRefused(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 422 when something it names is not there, 409 when what is there is in the way. */
    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    static ChangeRefused missing(String field, String message) {
        return new ChangeRefused(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }

    static ChangeRefused conflict(String field, String message) {
        return new ChangeRefused(HttpStatus.CONFLICT, field, message);
    }
}
