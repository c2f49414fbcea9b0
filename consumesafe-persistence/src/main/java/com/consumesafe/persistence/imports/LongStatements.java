package com.consumesafe.persistence.imports;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifts the pool's short statement and socket timeouts for the rest of one transaction, for the work that is long
 * by nature: an import waiting its turn and writing thousands of rows, the export of a whole list. The pool puts the
 * connection's own socket timeout back when the connection returns to it.
 */
@Component
class LongStatements {

    private final JdbcTemplate jdbc;
    private final Duration limit;

    LongStatements(JdbcTemplate jdbc, @Value("${consumesafe.database.long-statement-timeout:10m}") Duration limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void allowInThisTransaction() {
        jdbc.query("SELECT set_config('statement_timeout', ?, true)", row -> { }, limit.toMillis() + "ms");
        // a little longer than the statement timeout, so that PostgreSQL's cancel arrives before the socket gives up
        int socketMillis = (int) Math.min(Integer.MAX_VALUE, limit.plusSeconds(5).toMillis());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.setNetworkTimeout(Runnable::run, socketMillis);
            return null;
        });
    }
}
