package com.consumesafe.api.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.HttpApi;
import com.consumesafe.domain.name.NameKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a newcomer's first command starts: the API on an embedded PostgreSQL, ready, with demo data. */
class LocalRunIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(Redirect.NORMAL).build();

    @Test
    void serves_the_demo_lists_and_reports_ready_on_this_machine_only() throws Exception {
        // no address given: the demo profile's own, loopback only
        try (ConsumeSafeWithEmbeddedDatabase local = ConsumeSafeWithEmbeddedDatabase.start(
                "--server.port=0", "--management.server.port=0")) {
            var environment = local.application().getEnvironment();
            HttpApi api = new HttpApi(environment.getRequiredProperty("local.server.port", Integer.class));
            HttpApi management = new HttpApi(environment.getRequiredProperty("local.management.port", Integer.class));

            HttpApi.Response lists = api.get("/api/v1/lists");
            assertThat(lists.status()).isEqualTo(200);
            assertThat(lists.<List<String>>json("$[*].title")).isNotEmpty().allMatch(title -> title.contains("(demo)"));

            HttpApi.Response check = api.get("/api/v1/check?barcode=3760999900015");
            assertThat(check.<String>json("$.verdict")).isEqualTo("LISTED");
            assertThat(check.<List<String>>json("$.matches[0].alternatives[*].name"))
                    .containsExactly("Greenfield Olive Oil");
            assertThat(api.get("/api/v1/check?q=greenfield").<String>json("$.verdict")).isEqualTo("NOT_LISTED");
            assertThat(api.get("/api/v1/check?q=fizzup+cola&lists=demo-boycott").<String>json("$.verdict"))
                    .isEqualTo("NOT_LISTED");
            JdbcTemplate jdbc = local.application().getBean(JdbcTemplate.class);
            jdbc.query("SELECT name, name_key FROM company UNION ALL SELECT name, name_key FROM brand"
                    + " UNION ALL SELECT name, name_key FROM product", row -> {
                        assertThat(row.getString("name_key")).as(row.getString("name"))
                                .isEqualTo(NameKey.of(row.getString("name")).value());
                    });

            HttpApi.Response readiness = management.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.<String>json("$.status")).isEqualTo("UP");

            assertThat(local.addresses()).containsKeys("API", "Swagger UI", "health");
            for (String address : local.addresses().values()) {
                assertThat(BROWSER.send(HttpRequest.newBuilder(URI.create(address)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).as(address).isEqualTo(200);
            }
            assertThat(reachableElsewhere(environment.getRequiredProperty("local.server.port", Integer.class)))
                    .as("the API on a non-loopback address").isEmpty();
            assertThat(reachableElsewhere(environment.getRequiredProperty("local.management.port", Integer.class)))
                    .as("actuator on a non-loopback address").isEmpty();
        }
    }

    /** The machine's own non-loopback addresses on which something accepts connections at this port. */
    private static List<InetAddress> reachableElsewhere(int port) throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .filter(address -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 1000);
                        return true;
                    } catch (IOException refused) {
                        return false;
                    }
                })
                .toList();
    }
}
