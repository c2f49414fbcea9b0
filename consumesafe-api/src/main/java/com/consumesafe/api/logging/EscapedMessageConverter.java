package com.consumesafe.api.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log message (%m, %msg, %message) with its control characters escaped; logback-spring.xml installs it. */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ControlCharacters.escaped(super.convert(event));
    }
}
