package com.consumesafe.persistence.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

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

    /** A new connection; what is null is left to the driver (and to the URL's own parameters). */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** A database name as an SQL identifier; names come from {@link TestDatabase#newName()}, but quote them anyway. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
