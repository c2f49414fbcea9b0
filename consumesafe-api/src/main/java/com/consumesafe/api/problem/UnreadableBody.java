package com.consumesafe.api.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the part of a JSON body that could not be read, from the path Jackson records while it reads. */
final class UnreadableBody {

    static final String BODY = "body";

    private UnreadableBody() {
    }

    /** The field that was wrong and why, or the body as a whole when it is not JSON at all. */
    static FieldError of(Throwable failure) {
        JacksonException jackson = jacksonCause(failure);
        if (jackson == null) {
            return new FieldError(BODY, "could not be read");
        }
        String field = path(jackson);
        if (field.isEmpty()) {
            return new FieldError(BODY, "must be a well-formed JSON object in UTF-8");
        }
        return new FieldError(field, message(jackson));
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    // proposal.sources[1], as the field is written in the body
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return invalid.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InputCoercionException) {
            return "must be a number in range";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return "must be well-formed JSON";
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
