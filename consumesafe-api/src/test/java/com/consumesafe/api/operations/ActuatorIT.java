package com.consumesafe.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIT
class ActuatorIT {

    @LocalManagementPort
    private int managementPort;

    @LocalServerPort
    private int apiPort;

    @Test
    void liveness_is_up_on_the_management_port() {
        HttpApi.Response response = new HttpApi(managementPort).get("/actuator/health/liveness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>json("$.status")).isEqualTo("UP");
    }

    @Test
    void readiness_is_up_and_includes_the_database() {
        HttpApi.Response response = new HttpApi(managementPort).get("/actuator/health/readiness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>json("$.status")).isEqualTo("UP");
        assertThat(response.<String>json("$.components.db.status")).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_served_on_the_management_port() {
        HttpApi.Response response = new HttpApi(managementPort).get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void the_api_port_does_not_serve_the_actuator() {
        assertThat(new HttpApi(apiPort).get("/actuator/health").status()).isEqualTo(404);
    }
}
