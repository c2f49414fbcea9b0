package com.consumesafe.api.answers;

import com.consumesafe.domain.catalog.CatalogVersion;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the catalog version every poll interval, and right after this replica's own writes, and hands it to the
 * answer cache; when it cannot be read the cache stops answering, since it could no longer tell a stale answer.
 */
@Component
class CatalogVersionWatch implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogVersionWatch.class);

    private final CatalogVersion catalog;
    private final AnswerCache answers;
    private final long intervalMillis;
    private ScheduledExecutorService poller;
    private boolean failing;

    CatalogVersionWatch(CatalogVersion catalog, AnswerCache answers, AnswerProperties properties) {
        this.catalog = catalog;
        this.answers = answers;
        this.intervalMillis = properties.pollInterval().toMillis();
    }

    /** Reads the version now and tells the cache. */
    synchronized void refresh() {
        try {
            answers.catalogAt(OptionalLong.of(catalog.current()));
            if (failing) {
                LOG.info("The catalog version can be read again; answers are cached again");
            }
            failing = false;
        } catch (RuntimeException e) {
            // any failure, not only the database's: an exception would also end the scheduled polling for good
            answers.catalogAt(OptionalLong.empty());
            if (!failing) {
                LOG.warn("The catalog version cannot be read ({}); answers are not cached until it can",
                        e.getClass().getSimpleName());
            }
            failing = true;
        }
    }

    @Override
    public synchronized void start() {
        refresh();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("catalog-version").daemon()
                .factory());
        poller.scheduleWithFixedDelay(this::refresh, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
