package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .github/scripts/await-argocd.sh against a stand-in for the Argo CD API that answers a scripted sequence. */
class AwaitArgoCdScriptTest {

    private static final Path SCRIPT = RepositoryRoot.find().resolve(".github/scripts/await-argocd.sh");
    private static final String REVISION = "0123456789abcdef0123456789abcdef01234567";
    private static final String OLD_REVISION = "fedcba9876543210fedcba9876543210fedcba98";
    private static final String TOKEN = "test-token-" + System.nanoTime();

    @TempDir
    Path workDir;

    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;

    @BeforeAll
    static void needs_curl_and_jq() {
        // both are on GitHub's runners, where the script runs; a developer machine may lack jq
        assumeTrue(onPath("curl") && onPath("jq"), "curl and jq are needed to run await-argocd.sh");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void succeeds_once_synced_and_healthy_at_the_revision() throws Exception {
        serve(status("OutOfSync", OLD_REVISION, "Healthy"), status("Synced", REVISION, "Progressing"),
                status("Synced", REVISION, "Healthy"));

        Result result = await(30);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(requests).hasSize(3).allMatch(request -> request.startsWith(
                "Bearer " + TOKEN + " /api/v1/applications/consumesafe-staging"));
        // the first request asks Argo CD to look at Git now
        assertThat(requests.get(0)).endsWith("?refresh=normal");
    }

    @Test
    void fails_when_the_application_turns_degraded_at_the_revision() throws Exception {
        serve(status("Synced", OLD_REVISION, "Degraded"), status("Synced", REVISION, "Degraded"));

        Result result = await(30);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Degraded at " + REVISION);
    }

    @Test
    void times_out_when_the_revision_never_arrives() throws Exception {
        serve(status("Synced", OLD_REVISION, "Healthy"));

        Result result = await(2);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
    }

    @Test
    void refuses_to_run_without_server_and_token() throws Exception {
        Result result = run(Map.of(), "consumesafe-staging", REVISION, "2", "1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("ARGOCD_SERVER");
    }

    private static String status(String sync, String revision, String health) {
        return "{\"metadata\":{\"name\":\"consumesafe-staging\"},\"status\":{\"sync\":{\"status\":\"" + sync
                + "\",\"revision\":\"" + revision + "\"},\"health\":{\"status\":\"" + health + "\"}}}";
    }

    /** Answers the given bodies in order, repeating the last one. */
    private void serve(String... bodies) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestURI());
            byte[] body = bodies[Math.min(requests.size(), bodies.length) - 1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private Result await(int timeoutSeconds) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        return run(Map.of("ARGOCD_SERVER", url, "ARGOCD_AUTH_TOKEN", TOKEN),
                "consumesafe-staging", REVISION, String.valueOf(timeoutSeconds), "1");
    }

    private Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("ARGOCD_SERVER");
        builder.environment().remove("ARGOCD_AUTH_TOKEN");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("await-argocd.sh did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        try {
            Process process = new ProcessBuilder("bash", "-c", "command -v " + program).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A finished command: exit code and stdout with stderr. */
    private record Result(int exitCode, String output) {
    }
}
