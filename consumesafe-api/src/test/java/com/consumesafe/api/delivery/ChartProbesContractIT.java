package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ConsumeSafeApplication;
import com.consumesafe.api.HttpApi;
import com.consumesafe.persistence.testdb.DatabaseCoordinates;
import com.consumesafe.persistence.testdb.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The contract between the chart and the application: started with exactly the configuration the Deployment gives
 * its container, the application answers 200 on every path the probes call, on the port they call it.
 */
class ChartProbesContractIT {

    @Test
    void the_application_answers_every_probe_of_the_rendered_deployment() throws IOException {
        Manifests manifests = Chart.render();
        Map<String, Object> container = Manifests.container(manifests.one("Deployment"));
        Map<String, String> environment = new LinkedHashMap<>();
        Manifests.mapAt(manifests.one("ConfigMap"), "data").forEach((name, value) -> environment.put(name,
                String.valueOf(value)));
        Map<String, Integer> containerPorts = new LinkedHashMap<>();
        Manifests.listAt(container, "ports").forEach(port -> containerPorts.put((String) port.get("name"),
                (Integer) port.get("containerPort")));

        // the ConfigMap's ports are the container's named ports
        assertThat(containerPorts).containsEntry("http", Integer.valueOf(environment.get("SERVER_PORT")))
                .containsEntry("management", Integer.valueOf(environment.get("MANAGEMENT_SERVER_PORT")));
        // the chart's 8080/8081 may be taken on a shared machine: free ports stand in, the paths stay the chart's
        Map<String, Integer> localPorts = Map.of("http", freePort(), "management", freePort());
        environment.put("SERVER_PORT", String.valueOf(localPorts.get("http")));
        environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(localPorts.get("management")));

        // the database the chart points at is the test's own, as are the Secret's credentials (in start)
        assertThat(environment).containsKey("SPRING_DATASOURCE_URL");
        DatabaseCoordinates database = TestDatabase.createEmpty();
        environment.put("SPRING_DATASOURCE_URL", database.url());

        try (ConfigurableApplicationContext application = start(environment, database)) {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = (String) Manifests.at(container, probe + ".httpGet.path");
                String portName = (String) Manifests.at(container, probe + ".httpGet.port");

                HttpApi.Response response = new HttpApi(localPorts.get(portName)).get(path);

                assertThat(response.status()).as("%s GET %s on port %s", probe, path, portName).isEqualTo(200);
                assertThat(response.<String>json("$.status")).as(probe).isEqualTo("UP");
            }
            // the API port does not serve the probes: they are on the management port only
            String readiness = (String) Manifests.at(container, "readinessProbe.httpGet.path");
            assertThat(new HttpApi(localPorts.get("http")).get(readiness).status()).isEqualTo(404);
        }
    }

    /** The container's environment as Spring reads it (SERVER_PORT is server.port), as command-line arguments. */
    private static ConfigurableApplicationContext start(Map<String, String> environment, DatabaseCoordinates db) {
        List<String> arguments = new ArrayList<>();
        environment.forEach((name, value) -> arguments.add(
                "--" + name.toLowerCase(Locale.ROOT).replace('_', '.') + "=" + value));
        // the Secret's values (database credentials) and the loopback binding are the test's own
        arguments.add("--spring.datasource.username=" + (db.user() == null ? "" : db.user()));
        arguments.add("--spring.datasource.password=" + (db.password() == null ? "" : db.password()));
        arguments.add("--spring.datasource.hikari.maximum-pool-size=3");
        arguments.add("--server.address=127.0.0.1");
        arguments.add("--management.server.address=127.0.0.1");
        return new SpringApplicationBuilder(ConsumeSafeApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
