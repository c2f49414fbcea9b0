package com.consumesafe.api.request;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads every JSON string of a request body and refuses one holding a NUL character, which PostgreSQL cannot store
 * in text: the refusal carries the field's path, so the answer is a 400 naming it rather than a failed write.
 */
final class TextWithoutNul extends StringDeserializer {

    static final String NUL_REFUSED = "must not contain the NUL character";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, NUL_REFUSED, text, String.class);
        }
        return text;
    }
}
