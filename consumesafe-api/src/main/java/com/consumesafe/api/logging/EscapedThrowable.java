package com.consumesafe.api.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;

/** An exception as logback prints it, its message and those of its causes and suppressed ones escaped. */
final class EscapedThrowable implements IThrowableProxy {

    private final IThrowableProxy throwable;

    EscapedThrowable(IThrowableProxy throwable) {
        this.throwable = throwable;
    }

    @Override
    public String getOverridingMessage() {
        return ControlCharacters.escaped(throwable.getOverridingMessage());
    }

    @Override
    public String getMessage() {
        return ControlCharacters.escaped(throwable.getMessage());
    }

    @Override
    public String getClassName() {
        return throwable.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return throwable.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return throwable.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return throwable.getCause() == null ? null : new EscapedThrowable(throwable.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = throwable.getSuppressed();
        return suppressed == null ? null
                : Arrays.stream(suppressed).map(EscapedThrowable::new).toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
        return throwable.isCyclic();
    }
}
