package com.consumesafe.domain.verdict;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule: something is listed when it, its brand, its company or any company above has an active listing in
 * the selected lists; alternatives are checked with the same rule and only clean ones are offered.
 */
public final class VerdictRule {

    private final ListedChains chains;
    private final Ownership ownership;
    private final Listings listings;
    private final Alternatives alternatives;

    /** The chains and their listings come from the first port; the others serve alternatives. */
    public VerdictRule(ListedChains chains, Ownership ownership, Listings listings, Alternatives alternatives) {
        this.chains = Objects.requireNonNull(chains, "chains");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.listings = Objects.requireNonNull(listings, "listings");
        this.alternatives = Objects.requireNonNull(alternatives, "alternatives");
    }

    /** The verdict on the product carrying the barcode; UNKNOWN when the catalog does not know the barcode. */
    public Assessment checkBarcode(Gtin barcode, CheckOptions options) {
        ListedChain read = chains.ofProductWith(barcode, options.lists());
        return read.steps().isEmpty() ? Assessment.unknown(Optional.empty())
                : assess(read.steps().getFirst().target(), read, options);
    }

    /** The verdict on a match; UNKNOWN when there is none. */
    public Assessment check(Optional<? extends ListingTarget> match, CheckOptions options) {
        return match.map(target -> check(target, options)).orElseGet(() -> Assessment.unknown(Optional.empty()));
    }

    /** The verdict on a product, a brand or a company; UNKNOWN when the catalog does not hold it. */
    public Assessment check(ListingTarget target, CheckOptions options) {
        return assess(target, chains.of(target, options.lists()), options);
    }

    private Assessment assess(ListingTarget target, ListedChain read, CheckOptions options) {
        OwnershipPath path = OwnershipPath.of(target, read.steps());
        if (path.isEmpty()) {
            return Assessment.unknown(Optional.of(target));
        }
        List<Listing> found = listedOn(path, read.listings(), options.lists());
        if (found.isEmpty()) {
            // a cut path may hide a listed owner: no claim that it is clean
            Verdict verdict = path.cut() ? Verdict.UNKNOWN : Verdict.NOT_LISTED;
            return new Assessment(verdict, Optional.of(target), path, List.of(), List.of(), List.of());
        }
        List<OfferedAlternative> offered = new ArrayList<>();
        List<RejectedAlternative> rejected = new ArrayList<>();
        checkAlternatives(path, options, offered, rejected);
        return new Assessment(Verdict.LISTED, Optional.of(target), path, found, offered, rejected);
    }

    /**
     * The verdicts on many targets at once, as {@link #check(ListingTarget, CheckOptions)} gives them but without
     * the alternatives a listed one would offer: for checking suggestions in bulk, in two queries whatever their
     * number when the ports answer in bulk.
     */
    public Map<ListingTarget, Assessment> checkAll(Collection<? extends ListingTarget> targets, CheckOptions options) {
        Map<ListingTarget, List<OwnershipStep>> chains = ownership.chainsOf(targets);
        Map<ListingTarget, OwnershipPath> paths = new LinkedHashMap<>();
        Set<ListingTarget> everyOwner = new HashSet<>();
        chains.forEach((target, chain) -> {
            OwnershipPath path = OwnershipPath.of(target, chain);
            paths.put(target, path);
            everyOwner.addAll(path.targets());
        });
        List<Listing> candidates = everyOwner.isEmpty() ? List.of() : listings.activeOn(everyOwner, options.lists());
        Map<ListingTarget, Assessment> assessments = new LinkedHashMap<>();
        for (ListingTarget target : targets) {
            OwnershipPath path = paths.getOrDefault(target, OwnershipPath.none());
            List<Listing> found = listedOn(path, candidates, options.lists());
            Verdict verdict = path.isEmpty() ? Verdict.UNKNOWN : !found.isEmpty() ? Verdict.LISTED
                    : path.cut() ? Verdict.UNKNOWN : Verdict.NOT_LISTED;
            assessments.put(target, path.isEmpty() ? Assessment.unknown(Optional.of(target))
                    : new Assessment(verdict, Optional.of(target), path, found, List.of(), List.of()));
        }
        return assessments;
    }

    private void checkAlternatives(OwnershipPath listedPath, CheckOptions options, List<OfferedAlternative> offered,
                                   List<RejectedAlternative> rejected) {
        Map<ListingTarget, Alternative> suggestions = new LinkedHashMap<>();
        for (Alternative alternative : alternatives.suggestedFor(listedPath.targets())) {
            suggestions.putIfAbsent(alternative.suggested(), alternative);
        }
        if (suggestions.isEmpty()) {
            return;
        }
        Map<ListingTarget, Assessment> checked = checkAll(suggestions.keySet(), options);
        for (Alternative alternative : suggestions.values()) {
            Assessment assessment = checked.get(alternative.suggested());
            OwnershipPath path = assessment.path();
            if (path.isEmpty()) {
                rejected.add(new RejectedAlternative(alternative, "not in the catalog", List.of(), path));
            } else if (assessment.verdict() == Verdict.LISTED) {
                rejected.add(new RejectedAlternative(alternative, listedWhy(path, assessment.listings()),
                        assessment.listings(), path));
            } else if (path.cut()) {
                rejected.add(new RejectedAlternative(alternative, "ownership too deep to check", List.of(), path));
            } else {
                offered.add(new OfferedAlternative(alternative, path));
            }
        }
        options.preferredCountry().ifPresent(country -> offered.sort(fromCountryFirst(country)));
    }

    // the port already filters; checking again keeps a loose adapter from listing anything wrongly
    private static List<Listing> listedOn(OwnershipPath path, List<Listing> candidates, ListSelection lists) {
        return candidates.stream()
                .filter(Listing::isActive)
                .filter(listing -> lists.includes(listing.list()))
                .filter(listing -> path.positionOf(listing.target()) >= 0)
                .sorted(Comparator.comparingInt((Listing listing) -> path.positionOf(listing.target()))
                        .thenComparing(Listing::severity))
                .toList();
    }

    private static String listedWhy(OwnershipPath path, List<Listing> listed) {
        return "listed " + listed.stream()
                .map(listing -> "in " + listing.list() + " as " + describe(path, listing.target()))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String describe(OwnershipPath path, ListingTarget target) {
        String name = path.stepOf(target).map(OwnershipStep::name).orElse("");
        return target.kind().name().toLowerCase(Locale.ROOT) + " " + name;
    }

    private static Comparator<OfferedAlternative> fromCountryFirst(CountryCode country) {
        return Comparator.comparing(offered -> offered.origin().filter(country::equals).isEmpty());
    }
}
