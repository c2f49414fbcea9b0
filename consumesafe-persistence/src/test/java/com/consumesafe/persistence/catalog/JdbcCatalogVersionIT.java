package com.consumesafe.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CatalogVersion;
import com.consumesafe.domain.catalog.CatalogVersionContract;
import com.consumesafe.persistence.PersistenceTestApplication;
import com.consumesafe.persistence.testdb.TestDatabaseInitializer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** Not a rolled-back {@code PersistenceIT}: the version moves only when a change commits, so these changes do. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class JdbcCatalogVersionIT extends CatalogVersionContract {

    @Autowired
    private CatalogVersion port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TransactionTemplate transactions;

    @AfterEach
    void removeWhatCommitted() {
        jdbc.update("DELETE FROM product_barcode WHERE product_id IN"
                + " (SELECT id FROM product WHERE name LIKE 'Contract Version %')");
        jdbc.update("DELETE FROM product WHERE name LIKE 'Contract Version %'");
        jdbc.update("DELETE FROM brand WHERE name LIKE 'Contract Version %'");
        jdbc.update("DELETE FROM company WHERE name LIKE 'Contract Version %' OR name LIKE 'Version Commit %'");
    }

    @Override
    protected CatalogVersion version() {
        return port;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }

    @Test
    void moves_once_per_transaction_when_it_commits_and_never_for_one_rolled_back() {
        long before = port.current();
        AtomicLong seenInside = new AtomicLong();

        transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO company (name, name_key) VALUES ('Version Commit A', 'version commit a')");
            jdbc.update("INSERT INTO company (name, name_key) VALUES ('Version Commit B', 'version commit b')");
            jdbc.update("UPDATE company SET country = 'FR' WHERE name_key LIKE 'version commit %'");
            seenInside.set(versionSeenByAnotherConnection());
        });
        long afterCommit = port.current();
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM company WHERE name_key LIKE 'version commit %'");
            status.setRollbackOnly();
        });

        assertThat(seenInside.get()).isEqualTo(before);
        assertThat(afterCommit).isEqualTo(before + 1);
        assertThat(port.current()).isEqualTo(afterCommit);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog_change", Long.class)).isZero();
    }

    @Test
    void moves_with_the_lists_listings_and_alternatives_a_check_reads() {
        for (String change : new String[] {
                "INSERT INTO curated_list (slug, title) VALUES ('version-list', 'Version list')",
                "UPDATE curated_list SET title = 'Version list, renamed' WHERE slug = 'version-list'",
                "DELETE FROM listing WHERE reason = 'no such reason'",
                "DELETE FROM listing_source WHERE url = 'https://example.org/none'",
                "DELETE FROM alternative WHERE note = 'no such note'",
                "DELETE FROM product_barcode WHERE gtin = '00000000000000'",
                "DELETE FROM curated_list WHERE slug = 'version-list'"}) {
            long before = port.current();
            jdbc.update(change);
            assertThat(port.current()).as(change).isGreaterThan(before);
        }
    }

    private long versionSeenByAnotherConnection() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT version FROM catalog_version")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
