package com.consumesafe.persistence.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fallback server, started here whatever the run uses, so that every run proves it. */
class EmbeddedServerIT {

    @Test
    void makes_and_drops_databases_and_stops_only_after_its_clients_have_gone() throws Exception {
        EmbeddedServer server = EmbeddedServer.start();
        DatabaseCoordinates kept = server.createDatabase(TestDatabase.newName());
        String droppedName = TestDatabase.newName();
        server.createDatabase(droppedName);
        server.dropDatabase(droppedName);

        Connection client = kept.connect();
        assertThat(databaseNames(client)).doesNotContain(droppedName);
        CompletableFuture<Void> end = CompletableFuture.runAsync(() -> server.endRun(List.of()));
        Thread.sleep(500);

        assertThat(end).isNotDone();
        assertThat(databaseNames(client)).anyMatch(name -> kept.url().contains("/" + name));
        client.close();
        end.get(EmbeddedServer.CLIENTS_GRACE.toSeconds(), TimeUnit.SECONDS);
        assertThatThrownBy(kept::connect).isInstanceOf(SQLException.class);
    }

    private static List<String> databaseNames(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
