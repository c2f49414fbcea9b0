package com.consumesafe.persistence.testdb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the database part of a PostgreSQL JDBC URL. */
final class JdbcUrls {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

    private JdbcUrls() {
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + url);
        }
        String query = matcher.group(3) == null ? "" : matcher.group(3);
        return matcher.group(1) + "/" + database + query;
    }
}
