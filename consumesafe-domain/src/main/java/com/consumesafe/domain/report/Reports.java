package com.consumesafe.domain.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where public reports are kept. */
public interface Reports {

    /** Stores a new report or replaces the stored one with the same id (after a decision). */
    Report save(Report report);

    Optional<Report> find(UUID id);

    /** Pending reports, oldest first, at most the given number. */
    List<Report> pending(int limit);
}
