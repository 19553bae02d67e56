package org.cqfriendship.logistics.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's jar, started as a deployment would start it but without its secrets (no profile,
 * none of the secret variables), stops at once and names every missing setting and its variable.
 */
class ServicesRefuseToStartWithoutSecretsIT {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "registration-service | DELEGATION_LINK_SECRET,REGISTRATION_DOCUMENTS_ACTIVE_KEY,registration.documents.active-key,LOGISTICS_CONTACTS_ACTIVE_KEY",
            "itinerary-service    | DELEGATION_LINK_SECRET,logistics.access.delegation-link-secret",
            "notification-service | DELEGATION_LINK_SECRET,ACKNOWLEDGEMENT_LINK_SECRET,WEBHOOK_SECRET,OPERATIONS_ACTUATOR_PASSWORD,LOGISTICS_CONTACTS_ACTIVE_KEY",
            "accreditation-service | DELEGATION_LINK_SECRET,ACCREDITATION_BADGE_SECRET,accreditation.badge-secret"})
    void aServiceStartedWithoutItsSecretsExitsNamingThem(String service, String named) throws Exception {
        Output started = start(service, Map.of());

        assertThat(started.exitCode()).as(started.text()).isNotZero();
        assertThat(started.text()).contains("refuses to start outside the local profile without its secrets");
        assertThat(started.text()).contains(named.split(","));
    }

    @ParameterizedTest
    @CsvSource({"registration-service", "notification-service", "accreditation-service"})
    void theLocalPlatformsDevelopmentSecretsAreRefusedOutsideTheLocalProfile(String service) throws Exception {
        Output started = start(service, Map.of("DELEGATION_LINK_SECRET", "dev-only-delegation-link-secret-change-me-0123456789",
                "REGISTRATION_DOCUMENTS_ACTIVE_KEY", "dev-2026",
                "REGISTRATION_DOCUMENTS_KEYS_DEV2026", "FGI1bnBsiZnGIvoOpFaDfUcPJADvrsn4dBNyOFZjfaQ=",
                "WEBHOOK_SECRET", "change-me-to-a-third-48-random-bytes-base64",
                "ACCREDITATION_BADGE_SECRET", "dev-only-badge-secret-change-me-0123456789abcdef"));

        assertThat(started.exitCode()).as(started.text()).isNotZero();
        assertThat(started.text()).contains("DELEGATION_LINK_SECRET", "has the local platform's development value");
    }

    private record Output(int exitCode, String text) {
    }

    private static Output start(String service, Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = LocalPlatform.projectRoot().resolve(service).resolve("target").resolve(service + ".jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dspring.main.banner-mode=off", "-jar", jar.toString()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.endsWith("_SECRET")
                || name.startsWith("REGISTRATION_DOCUMENTS") || name.startsWith("LOGISTICS_CONTACTS") || name.startsWith("OPERATIONS_"));
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(service + " was still running after 90 s without its secrets");
        }
        return new Output(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
