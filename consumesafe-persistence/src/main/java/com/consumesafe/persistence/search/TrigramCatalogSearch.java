package com.consumesafe.persistence.search;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.search.MatchQuality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CatalogSearch port on PostgreSQL, in steps that rank as one union would. First exact and prefix matches:
 * names equal to the query spacing aside, and among the names starting with the query the shortest ones (an
 * index-only scan of the b-tree on name_key), ranked by similarity. Then names holding the query as whole words
 * after their first (the trigram index, then a whole-word pattern). Then, only when they do not fill the limit (a
 * check always asks), names one or two edits away. A query of eight letters
 * or more first looks at the names sharing its head or its tail (b-tree range scans, V5__typo_halves.sql), which
 * holds every name one typing error away. Only when that finds nothing does it take the trigram index: within the
 * length the edits allow, and within a pg_trgm similarity threshold that grows with the query, so that a long query
 * does not drag in every name sharing a few common trigrams while any name two edits away still passes it. Short
 * queries use the trigram index of short names alone (V3__search_speed.sql).
 */
@Component
class TrigramCatalogSearch implements CatalogSearch {

    /** pg_trgm's default threshold, the lowest a long query gets. */
    static final double MIN_THRESHOLD = 0.3;

    /** The lowest threshold of a short query, whose candidates the edit distance then sorts out. */
    static final double MIN_SHORT_THRESHOLD = 0.05;

    /** How many edits (letters replaced, dropped or added; a swap is two) a fuzzy match may be away. */
    static final int EDITS_TOLERATED = 2;

    // an edit changes at most three trigrams of a word: those that hold the letter
    private static final int TRIGRAMS_PER_EDIT = 3;

    // the longest name in the partial trigram indexes of V3__search_speed.sql, and so the longest query they serve
    private static final int SHORT_NAME = 12;
    private static final int SHORT_QUERY = SHORT_NAME - EDITS_TOLERATED;

    // the shortest query whose head and tail, each a little under half of it, are three letters or more
    private static final int NEAR_QUERY = 8;

    // the shortest query whose typing errors the check may correct, and so worth looking for at the start of names
    private static final int NEAR_START_QUERY = 7;

    // a word of seven letters or more with one typing error keeps at least this word similarity to the name it meant
    private static final double NEAR_START_THRESHOLD = 0.4;

    // prefix matches ranked per table: the shortest are the most similar, since every one holds the whole query
    private static final int PREFIX_CANDIDATES = 100;

    // names equal to the query spacing aside come from the compact-key indexes (V6, V9__check_confidence.sql)
    private static final String EXACT_OR_PREFIX_PER_TABLE = """
            SELECT '%1$s' AS kind, t.id, t.name, t.name_key,
                   CASE WHEN replace(t.name_key, ' ', '') = :compact THEN 0 ELSE 1 END AS quality,
                   similarity(t.name_key, :key) AS similarity
              FROM ((SELECT id FROM %2$s WHERE name_key LIKE :prefix
                     ORDER BY length(name_key), name_key LIMIT :candidates)
                    UNION
                    SELECT id FROM %2$s WHERE replace(name_key, ' ', '') = :compact) shortest
              JOIN %2$s t ON t.id = shortest.id
            """;

    // the trigram index narrows to names holding the letters, the second pattern keeps whole words only
    private static final String WORD_PER_TABLE = """
            SELECT '%1$s' AS kind, id, name, name_key, 2 AS quality, similarity(name_key, :key) AS similarity
              FROM %2$s
             WHERE name_key LIKE :inside AND name_key || ' ' LIKE :insideWords
            """;

    // names that are the query's first words, "Kitkrunch" for "kitkrunch bar": suggestions only, since "apple
    // juice" is not Apple
    private static final String STARTING_THE_QUERY_PER_TABLE = """
            SELECT '%1$s' AS kind, id, name, name_key, 2 AS quality, similarity(name_key, :key) AS similarity
              FROM %2$s
             WHERE name_key IN (:starts)
            """;

    private static final String FUZZY_PER_TABLE = """
            SELECT '%1$s' AS kind, id, name, name_key, 3 AS quality, similarity(name_key, :key) AS similarity
              FROM %2$s
             WHERE %3$s name_key %% :key AND length(name_key) BETWEEN :shortest AND :longest
               AND name_key NOT LIKE :prefix %4$s
            """;

    // levenshtein_less_equal on the index's own name_key: both scans stay index-only
    private static final String NEAR_PER_TABLE = """
            SELECT '%1$s' AS kind, t.id, t.name, t.name_key, 3 AS quality,
                   similarity(t.name_key, :key) AS similarity, near.edits
              FROM (SELECT id, levenshtein_less_equal(name_key, :key, :edits) AS edits FROM %2$s
                     WHERE name_key LIKE :head AND length(name_key) BETWEEN :shortest AND :longest
                     UNION
                    SELECT id, levenshtein_less_equal(name_key, :key, :edits) FROM %2$s
                     WHERE reverse(name_key) LIKE :reversedTail AND length(name_key) BETWEEN :shortest AND :longest
                   ) near
              JOIN %2$s t ON t.id = near.id
             WHERE near.edits <= :edits AND t.name_key NOT LIKE :prefix
            """;

    // names whose first words are one or two errors from the query, "nestoira" for "Nestoria Foods": the trigram
    // index finds names holding a stretch like the query, the edit distance keeps those whose first words are near it
    private static final String NEAR_START_PER_TABLE = """
            SELECT '%1$s' AS kind, id, name, name_key, 3 AS quality, word_similarity(:key, name_key) AS similarity
              FROM %2$s
             WHERE :key <%% name_key
               AND levenshtein_less_equal(substring(name_key FROM :firstWords), :key, :edits) <= :edits
            """;

    private static final String EXACT_OR_PREFIX = union(EXACT_OR_PREFIX_PER_TABLE, "", "");
    private static final String WORDS = union(WORD_PER_TABLE, "", "");
    private static final String STARTING_THE_QUERY = union(STARTING_THE_QUERY_PER_TABLE, "", "");
    private static final String FUZZY = union(FUZZY_PER_TABLE, "", "");
    // the constant lets the planner use the partial indexes of short names
    private static final String FUZZY_SHORT = union(FUZZY_PER_TABLE, "length(name_key) <= " + SHORT_NAME + " AND", "");
    // the edit distance (V4) keeps what the low threshold of a short query lets through only when two edits away
    private static final String FUZZY_SHORT_EDITS = union(FUZZY_PER_TABLE, "length(name_key) <= " + SHORT_NAME
            + " AND", "AND levenshtein_less_equal(name_key, :key, " + EDITS_TOLERATED + ") <= " + EDITS_TOLERATED);

    private static final String NEAR = union(NEAR_PER_TABLE, "", "", "edits");
    private static final String NEAR_START = union(NEAR_START_PER_TABLE, "", "");

    private static final MatchQuality[] QUALITIES = MatchQuality.values();

    private static final RowMapper<CatalogMatch> MATCH = (row, number) -> new CatalogMatch(
            ListingTarget.of(TargetKind.valueOf(row.getString("kind")), row.getLong("id")),
            row.getString("name"), QUALITIES[row.getInt("quality")], row.getDouble("similarity"));

    private final NamedParameterJdbcTemplate jdbc;

    TrigramCatalogSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // one transaction, so that the threshold set for the fuzzy step stays local to it
    @Override
    @Transactional(readOnly = true)
    public List<CatalogMatch> search(NameKey query, int limit) {
        int wanted = Math.clamp(limit, 1, MAX_LIMIT);
        List<CatalogMatch> found = new ArrayList<>(jdbc.query(EXACT_OR_PREFIX, parameters(query, wanted), MATCH));
        if (found.size() < wanted) {
            found.addAll(words(query, wanted - found.size()));
        }
        if (found.size() < wanted) {
            found.addAll(fuzzy(query, wanted - found.size(), found.isEmpty()));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogMatch> candidates(NameKey query, int limit) {
        int wanted = Math.clamp(limit, 1, MAX_LIMIT);
        List<CatalogMatch> found = new ArrayList<>(jdbc.query(EXACT_OR_PREFIX, parameters(query, wanted), MATCH));
        // an exact name decides alone (MatchConfidence weighs nothing else against it): no look-alike is needed, and
        // at 1,000,000 products the word and typo steps cost ten times the exact one
        if (found.stream().anyMatch(match -> match.quality() == MatchQuality.EXACT)) {
            return found;
        }
        found.addAll(words(query, wanted));
        // names one error away are what the confidence rule weighs against each other, so they are always looked for
        found.addAll(fuzzy(query, wanted, found.isEmpty()));
        return found;
    }

    // names holding the query as inner words, and names that are its first words
    private List<CatalogMatch> words(NameKey query, int limit) {
        List<CatalogMatch> found = new ArrayList<>(jdbc.query(WORDS, parameters(query, limit), MATCH));
        String[] words = query.value().split(" ");
        if (words.length > 1 && found.size() < limit) {
            List<String> starts = new ArrayList<>();
            for (int count = 1; count < words.length; count++) {
                starts.add(String.join(" ", Arrays.copyOf(words, count)));
            }
            found.addAll(jdbc.query(STARTING_THE_QUERY, parameters(query, limit - found.size())
                    .addValue("starts", starts), MATCH));
        }
        return found;
    }

    /**
     * Names one or two edits away, the cheap steps first. The costly ones (the trigram index of all names for a long
     * query, two replaced letters in a short one) run only when nothing closer was found: a query that starts some
     * names is someone typing, not a mistyped name.
     */
    private List<CatalogMatch> fuzzy(NameKey query, int limit, boolean nothingCloser) {
        int length = query.value().codePointCount(0, query.value().length());
        MapSqlParameterSource parameters = parameters(query, limit)
                .addValue("shortest", length - EDITS_TOLERATED)
                .addValue("longest", length + EDITS_TOLERATED)
                .addValue("edits", EDITS_TOLERATED);
        if (length >= NEAR_QUERY) {
            List<CatalogMatch> near = jdbc.query(NEAR, withHeadAndTail(query.value(), parameters), MATCH);
            if (!near.isEmpty()) {
                return near;
            }
        }
        if (length >= NEAR_START_QUERY && nothingCloser) {
            jdbc.getJdbcTemplate().query("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)",
                    (row, number) -> row.getString(1), Double.toString(NEAR_START_THRESHOLD));
            int words = query.value().split(" ").length;
            List<CatalogMatch> nearStart = jdbc.query(NEAR_START, parameters.addValue("firstWords",
                    "^\\S+(?: \\S+){" + (words - 1) + "}"), MATCH);
            if (!nearStart.isEmpty()) {
                return nearStart;
            }
        }
        if (length > SHORT_QUERY) {
            return nothingCloser ? fuzzy(FUZZY, threshold(query), parameters) : List.of();
        }
        List<CatalogMatch> close = fuzzy(FUZZY_SHORT, MIN_THRESHOLD, parameters);
        return close.isEmpty() && nothingCloser ? fuzzy(FUZZY_SHORT_EDITS, shortThreshold(query), parameters) : close;
    }

    private List<CatalogMatch> fuzzy(String sql, double threshold, MapSqlParameterSource parameters) {
        jdbc.getJdbcTemplate().query("SELECT set_config('pg_trgm.similarity_threshold', ?, true)",
                (row, number) -> row.getString(1), Double.toString(threshold));
        return jdbc.query(sql, parameters, MATCH);
    }

    /**
     * The head and the tail a typing error cannot both touch: with h half the query's letters, the first h - 1 and
     * the last length - h - 1, so that a letter replaced, dropped or added, or two neighbours swapped, anywhere,
     * spares at least one of them.
     */
    static MapSqlParameterSource withHeadAndTail(String key, MapSqlParameterSource parameters) {
        int[] letters = key.codePoints().toArray();
        int half = letters.length / 2;
        String head = new String(letters, 0, half - 1);
        String tail = new String(letters, half + 1, letters.length - half - 1);
        return parameters.addValue("head", head + "%")
                .addValue("reversedTail", new StringBuilder(tail).reverse() + "%");
    }

    /** For a long query, the bound, never below pg_trgm's default. */
    static double threshold(NameKey query) {
        return Math.max(MIN_THRESHOLD, twoEditBound(query));
    }

    /** For a short query, the bound however low (above a floor): the edit distance sorts the candidates out. */
    static double shortThreshold(NameKey query) {
        return Math.max(MIN_SHORT_THRESHOLD, twoEditBound(query));
    }

    /**
     * The lowest similarity a name one or two edits away from the query can have: of the query's T distinct
     * trigrams, at most 3 per edit are lost and as many added, so (T - 6) / (T + 6).
     */
    private static double twoEditBound(NameKey query) {
        int trigrams = trigramCount(query.value());
        int changed = TRIGRAMS_PER_EDIT * EDITS_TOLERATED;
        double bound = (trigrams - changed) / (double) (trigrams + changed);
        // a hair below the bound, so that rounding in PostgreSQL's float4 never drops a name exactly on it
        return Math.floor(bound * 100) / 100 - 0.01;
    }

    /** How many distinct trigrams pg_trgm extracts from a key: each word padded with two spaces before, one after. */
    static int trigramCount(String key) {
        Set<String> trigrams = new HashSet<>();
        for (String word : key.split(" ")) {
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams.size();
    }

    private static MapSqlParameterSource parameters(NameKey query, int limit) {
        return new MapSqlParameterSource()
                .addValue("key", query.value())
                .addValue("compact", query.compact())
                // a name key holds only letters, digits and single spaces, so it carries no LIKE wildcard
                .addValue("prefix", query.value() + "%")
                .addValue("inside", "% " + query.value() + "%")
                .addValue("insideWords", "% " + query.value() + " %")
                .addValue("candidates", PREFIX_CANDIDATES)
                .addValue("limit", limit);
    }

    private static String union(String perTable, String condition, String filter) {
        return union(perTable, condition, filter, "quality");
    }

    // the per-table query over each table, ranked first by the given column, then alike
    private static String union(String perTable, String condition, String filter, String rankedBy) {
        return "SELECT kind, id, name, quality, similarity FROM ("
                + perTable.formatted("COMPANY", "company", condition, filter) + " UNION ALL "
                + perTable.formatted("BRAND", "brand", condition, filter) + " UNION ALL "
                + perTable.formatted("PRODUCT", "product", condition, filter)
                + ") matches ORDER BY " + rankedBy + ", similarity DESC, length(name_key), kind, id LIMIT :limit";
    }
}
