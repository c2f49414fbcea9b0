package com.consumesafe.domain.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reports held in a map, for unit tests. */
public final class InMemoryReports implements Reports {

    private final Map<UUID, Report> reports = new LinkedHashMap<>();

    @Override
    public Report save(Report report) {
        reports.put(report.id(), report);
        return report;
    }

    @Override
    public Optional<Report> find(UUID id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public List<Report> pending(int limit) {
        return reports.values().stream()
                .filter(Report::isPending)
                .sorted(Comparator.comparing(Report::submittedAt))
                .limit(limit)
                .toList();
    }
}
