package com.consumesafe.api.problem;

/**
 * One wrong input in a problem's "errors" member.
 *
 * @param field   the parameter, path variable or body field that was wrong
 * @param message what was wrong with it
 */
public record FieldError(String field, String message) {
}
