package com.consumesafe.api.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace (%wEx) with the control characters of every exception message escaped: a message may
 * quote a request ("Parameter [q] with value [...]"), and the frames keep their own line breaks.
 */
public class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new EscapedThrowable(throwable));
    }
}
