package com.consumesafe.api.imports;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.imports.AlternativeEntry;
import com.consumesafe.domain.imports.CatalogImports;
import com.consumesafe.domain.imports.ImportFormat;
import com.consumesafe.domain.imports.ImportPlan;
import com.consumesafe.domain.imports.ImportWarning;
import com.consumesafe.domain.imports.Merge;
import com.consumesafe.domain.imports.TargetRef;
import com.consumesafe.domain.imports.WrittenCatalog;
import com.consumesafe.domain.list.CuratedList;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.verdict.Assessment;
import com.consumesafe.domain.verdict.CheckOptions;
import com.consumesafe.domain.verdict.Verdict;
import com.consumesafe.domain.verdict.VerdictRule;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One import, in one transaction, of a plan read beforehand (every bad row refuses the file): wait for any other
 * import to finish, create the list if needed, store the catalog and listings, then store only the alternatives the
 * verdict rule finds clean on that list. A clash with a curator's concurrent write stores nothing and answers 409 to
 * retry.
 */
@Service
class ListImport {

    private static final String UNIQUE_VIOLATION = "23505";

    private final CatalogImports catalog;
    private final CuratedLists lists;
    private final Alternatives alternatives;
    private final VerdictRule verdicts;
    private final AuditTrail audit;

    ListImport(CatalogImports catalog, CuratedLists lists, Alternatives alternatives, VerdictRule verdicts,
               AuditTrail audit) {
        this.catalog = catalog;
        this.lists = lists;
        this.alternatives = alternatives;
        this.verdicts = verdicts;
        this.audit = audit;
    }

    /**
     * Stores a plan read from a file; reading it needs no turn and no transaction, so a bad file never waits behind
     * another import nor holds a connection while it is uploaded.
     */
    @Transactional
    ImportReport run(Slug list, Optional<String> title, ImportFormat format, ImportPlan plan, String curator) {
        try {
            catalog.takeTurn();
            return store(list, title, format, plan, curator);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            if (isClash(e)) {
                throw new ImportConflictException(e);
            }
            throw e;
        }
    }

    private ImportReport store(Slug list, Optional<String> title, ImportFormat format, ImportPlan plan,
                               String curator) {
        boolean listCreated = lists.find(list).isEmpty();
        if (listCreated) {
            lists.save(new CuratedList(list, title.orElse(list.value()), ""));
        }
        WrittenCatalog written = catalog.write(list, plan);
        List<ImportWarning> warnings = new ArrayList<>(plan.warnings());
        warnings.addAll(written.warnings());
        int stored = storeAlternatives(list, plan, written, warnings);
        Map<String, Integer> created = new LinkedHashMap<>();
        List.of("companies", "brands", "products", "listings").forEach(kind ->
                created.put(kind, written.created().getOrDefault(kind, 0)));
        created.put("alternatives", stored);
        ImportReport report = new ImportReport(list.value(), format.name().toLowerCase(Locale.ROOT),
                listCreated, plan.rows(), created, written.updated(), merges(plan, written), warnings);
        audit.record(new AuditEvent(null, curator, "import", "list", list.value(), detail(report)));
        return report;
    }

    // a curator's write racing the import on the same name or list: a unique key, a deadlock, a lock wait cut short
    private static boolean isClash(DataAccessException e) {
        return e instanceof DuplicateKeyException || e instanceof PessimisticLockingFailureException
                || e.getMostSpecificCause() instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    private static List<Merge> merges(ImportPlan plan, WrittenCatalog written) {
        List<Merge> merges = new ArrayList<>(plan.merges());
        merges.addAll(written.merges());
        return merges;
    }

    private int storeAlternatives(Slug list, ImportPlan plan, WrittenCatalog written, List<ImportWarning> warnings) {
        Map<TargetRef, String> names = new HashMap<>();
        plan.brands().forEach(brand -> names.put(brand.ref(), brand.name()));
        plan.products().forEach(product -> names.put(product.ref(), product.name()));
        CheckOptions onThisList = new CheckOptions(ListSelection.of(list), Optional.empty());
        // every suggestion checked at once: a file may suggest thousands
        Map<ListingTarget, Assessment> checked = verdicts.checkAll(plan.alternatives().stream()
                .map(entry -> written.targets().get(entry.suggested())).distinct().toList(), onThisList);
        List<Alternative> clean = new ArrayList<>();
        for (AlternativeEntry entry : plan.alternatives()) {
            ListingTarget suggested = written.targets().get(entry.suggested());
            Assessment assessment = checked.get(suggested);
            if (assessment.verdict() == Verdict.LISTED) {
                warnings.add(new ImportWarning(entry.row(), "alternative '" + names.get(entry.suggested())
                        + "' is itself listed on " + list + " (" + describe(assessment)
                        + "); a listed alternative is never offered, so it was not stored"));
                continue;
            }
            clean.add(new Alternative(written.targets().get(entry.insteadOf()), suggested, entry.origin(),
                    entry.note()));
        }
        // only those not suggested already: an import of the same file again creates none
        return alternatives.saveAll(clean);
    }

    private static String describe(Assessment assessment) {
        return assessment.listings().stream()
                .map(listing -> "as " + assessment.path().stepOf(listing.target())
                        .map(step -> listing.target().kind().name().toLowerCase(Locale.ROOT) + " '"
                                + step.name() + "'").orElse(listing.target().toString()))
                .distinct().collect(Collectors.joining(", "));
    }

    private static Map<String, String> detail(ImportReport report) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("format", report.format());
        detail.put("rows", Integer.toString(report.rowsRead()));
        report.created().forEach((kind, count) -> detail.put(kind, Integer.toString(count)));
        detail.put("listingsUpdated", Integer.toString(report.listingsUpdated()));
        detail.put("merged", Integer.toString(report.merged().size()));
        detail.put("warnings", Integer.toString(report.warnings().size()));
        return detail;
    }
}
