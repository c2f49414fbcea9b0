package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.consumesafe.api.delivery.FakeArgoCd.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .github/scripts/await-argocd.sh against a stand-in Argo CD API: a configuration error ends at once with exit 4, a
 * failed release at our revision with exit 1, a passing failure of the API is asked again, no answer in time is 3.
 */
class AwaitArgoCdScriptTest {

    private static final Path SCRIPT = RepositoryRoot.find().resolve(".github/scripts/await-argocd.sh");
    private static final String APPLICATION = "consumesafe-staging";
    private static final String CHART = "1111111111111111111111111111111111111111";
    private static final String REVISION = "0123456789abcdef0123456789abcdef01234567";
    private static final String OLD_REVISION = "fedcba9876543210fedcba9876543210fedcba98";
    private static final String TOKEN = "test-token-" + System.nanoTime();

    @TempDir
    Path workDir;

    @BeforeAll
    static void needs_curl_and_jq() {
        // both are on GitHub's runners, where the script runs, and .ci/run installs them
        assumeTrue(Command.onPath("curl") && Command.onPath("jq"), "curl and jq are needed to run await-argocd.sh");
    }

    @Test
    void succeeds_once_synced_and_healthy_at_the_revision_of_the_pin_source() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(script(app("OutOfSync", "Healthy", OLD_REVISION, "Succeeded"),
                app("Synced", "Progressing", REVISION, "Succeeded"),
                app("Synced", "Healthy", REVISION, "Succeeded")))) {
            Command result = await(argo.url(), 30);

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(argo.requests()).hasSize(3).allMatch(request -> request.startsWith(
                    "Bearer " + TOKEN + " /api/v1/applications/" + APPLICATION));
            assertThat(argo.requests().get(0)).endsWith("?refresh=normal");
        }
    }

    @Test
    void fails_when_the_application_turns_degraded_at_the_revision() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(script(app("Synced", "Healthy", OLD_REVISION, "Succeeded"),
                app("Synced", "Degraded", REVISION, "Succeeded")))) {
            Command result = await(argo.url(), 30);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).contains("Degraded at " + REVISION);
        }
    }

    @Test
    void a_degraded_previous_release_is_no_verdict_on_ours() throws Exception {
        // the old release is Degraded; ours is not applied yet (OutOfSync, then a running sync), then heals it
        try (FakeArgoCd argo = FakeArgoCd.http(script(app("OutOfSync", "Degraded", REVISION, "Succeeded"),
                app("Synced", "Degraded", REVISION, "Running"), app("Synced", "Healthy", REVISION, "Succeeded")))) {
            Command result = await(argo.url(), 30);

            assertThat(result.exitCode()).as(result.output()).isZero();
        }
    }

    @Test
    void fails_when_the_sync_of_the_revision_ends_in_error() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(script(app("OutOfSync", "Healthy", REVISION, "Error")))) {
            Command result = await(argo.url(), 30);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).contains("ended Error");
            assertThat(argo.requests()).hasSize(1);
        }
    }

    @Test
    void a_failed_sync_of_an_older_revision_is_no_verdict() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(script(app("OutOfSync", "Healthy", OLD_REVISION, "Failed"),
                app("Synced", "Healthy", REVISION, "Succeeded")))) {
            Command result = await(argo.url(), 30);

            assertThat(result.exitCode()).as(result.output()).isZero();
        }
    }

    @Test
    void configuration_errors_end_at_once_with_exit_4() throws Exception {
        Map<Integer, String> messages = Map.of(401, "refused the token (401)", 403, "permission denied (403)",
                404, "no application " + APPLICATION, 400, "answered 400");
        for (Map.Entry<Integer, String> error : messages.entrySet()) {
            try (FakeArgoCd argo = FakeArgoCd.http(request -> Answer.error(error.getKey(), "no"))) {
                Command result = await(argo.url(), 30);

                assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
                assertThat(result.output()).contains(error.getValue());
                assertThat(argo.requests()).hasSize(1);
            }
        }
    }

    @Test
    void an_unresolvable_host_is_a_configuration_error() throws Exception {
        // .invalid never resolves (RFC 6761)
        Command result = run(Map.of("ARGOCD_SERVER", "https://argocd.consumesafe.invalid",
                "ARGOCD_AUTH_TOKEN", TOKEN), "--check", APPLICATION);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
        assertThat(result.output()).contains("cannot resolve the host");
    }

    @Test
    void an_untrusted_certificate_is_a_configuration_error_and_argocd_cacert_trusts_it() throws Exception {
        Path certificate = workDir.resolve("argocd.pem");
        try (FakeArgoCd argo = FakeArgoCd.https(selfSigned(certificate),
                request -> app("Synced", "Healthy", REVISION, "Succeeded"))) {
            Command untrusted = run(argo(argo.url()), "--check", APPLICATION);
            Map<String, String> withCa = new HashMap<>(argo(argo.url()));
            withCa.put("ARGOCD_CACERT", certificate.toString());
            Command trusted = run(withCa, "--check", APPLICATION);

            assertThat(untrusted.exitCode()).as(untrusted.output()).isEqualTo(4);
            assertThat(untrusted.output()).contains("TLS failed");
            assertThat(trusted.exitCode()).as(trusted.output()).isZero();
            assertThat(argo.requests()).hasSize(1);
        }
    }

    @Test
    void a_server_error_is_asked_again_during_the_wait() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(script(Answer.error(502, "bad gateway"),
                app("Synced", "Healthy", REVISION, "Succeeded")))) {
            Command result = await(argo.url(), 30);

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("answered 502; asking again");
        }
    }

    @Test
    void the_check_treats_any_failure_to_answer_as_configuration() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(request -> Answer.error(503, "starting"))) {
            Command result = run(argo(argo.url()), "--check", APPLICATION);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
            assertThat(result.output()).contains("answered 503");
        }
        try (FakeArgoCd argo = FakeArgoCd.http(request -> app("OutOfSync", "Healthy", OLD_REVISION, "Succeeded"))) {
            Command result = run(argo(argo.url()), "--check", APPLICATION);

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(argo.requests()).containsExactly("Bearer " + TOKEN + " /api/v1/applications/" + APPLICATION);
        }
    }

    @Test
    void times_out_with_exit_3_when_the_revision_never_arrives() throws Exception {
        try (FakeArgoCd argo = FakeArgoCd.http(request -> app("Synced", "Healthy", OLD_REVISION, "Succeeded"))) {
            Command result = await(argo.url(), 2);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
            assertThat(result.output()).contains("no verdict");
        }
    }

    @Test
    void refuses_to_run_without_server_token_or_a_full_revision() throws Exception {
        assertThat(run(Map.of(), APPLICATION, REVISION, "2", "1").exitCode()).isEqualTo(2);
        assertThat(run(Map.of("ARGOCD_SERVER", "http://127.0.0.1:9", "ARGOCD_AUTH_TOKEN", TOKEN), APPLICATION,
                "main").exitCode()).isEqualTo(2);
        assertThat(run(Map.of("ARGOCD_SERVER", "http://127.0.0.1:9", "ARGOCD_AUTH_TOKEN", TOKEN), "../x",
                REVISION).exitCode()).isEqualTo(2);
    }

    /** A multi-source application: the chart's revision first, then the pin's (ours or an older one). */
    private static Answer app(String sync, String health, String pin, String phase) {
        return new Answer(200, FakeArgoCd.application(APPLICATION, sync, health, List.of(CHART, pin), phase,
                List.of(CHART, pin)));
    }

    /** Answers in order, then the last one for ever. */
    private static FakeArgoCd.Script script(Answer... answers) {
        return request -> answers[Math.min(request, answers.length - 1)];
    }

    private Command await(String url, int timeoutSeconds) throws IOException {
        return run(argo(url), APPLICATION, REVISION, String.valueOf(timeoutSeconds), "1");
    }

    private static Map<String, String> argo(String url) {
        return Map.of("ARGOCD_SERVER", url, "ARGOCD_AUTH_TOKEN", TOKEN);
    }

    private Command run(Map<String, String> environment, String... arguments) throws IOException {
        return Command.bash(workDir, environment, SCRIPT, arguments);
    }

    /** A key and a self-signed certificate for 127.0.0.1, made by keytool for this test only; the PEM goes to pem. */
    private SSLContext selfSigned(Path pem) throws IOException, GeneralSecurityException {
        Path keystore = workDir.resolve("argocd.p12");
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Command generated = Command.run(workDir, Map.of(), List.of(keytool.toString(), "-genkeypair",
                "-alias", "argocd", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password));
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        Command exported = Command.run(workDir, Map.of(), List.of(keytool.toString(), "-exportcert", "-rfc",
                "-alias", "argocd", "-keystore", keystore.toString(), "-storepass", password, "-file", pem.toString()));
        assertThat(exported.exitCode()).as(exported.output()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, password.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
    }
}
