package com.consumesafe.persistence.testdb;

/**
 * How to reach one PostgreSQL database.
 *
 * @param url      JDBC URL
 * @param user     user name, or null for the driver's default
 * @param password password, or null for none
 */
public record DatabaseCoordinates(String url, String user, String password) {

    /** The same server and credentials, another database. */
    public DatabaseCoordinates withDatabase(String database) {
        return new DatabaseCoordinates(JdbcUrls.withDatabase(url, database), user, password);
    }
}
