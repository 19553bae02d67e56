package org.cqfriendship.logistics.notification.operations;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

/**
 * Each service as its actuator reports it: health, readiness, version, uptime and outbox backlog.
 * A service that does not answer is shown as such, with why.
 */
@Component
class ServiceProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final OperationsSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private final Environment environment;

    ServiceProbe(OperationsSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /** One service: {@code error} says why nothing else is known. */
    record ServiceStatus(String name, String url, String health, String readiness, @Nullable String version, @Nullable Long uptimeSeconds,
                         @Nullable Long outboxPending, @Nullable Double outboxOldestAgeSeconds, @Nullable String error) {
    }

    List<ServiceStatus> all() {
        List<ServiceStatus> statuses = new ArrayList<>();
        new TreeMap<>(settings.services()).forEach((name, url) -> statuses.add(status(name, url == null || url.isBlank()
                ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8083"))
                : url)));
        return statuses;
    }

    private ServiceStatus status(String name, String url) {
        try {
            JsonNode health = get(url + "/actuator/health");
            JsonNode readiness = get(url + "/actuator/health/readiness");
            JsonNode info = get(url + "/actuator/info");
            Double uptime = metric(url, "process.uptime");
            Double pending = metric(url, "outbox.pending");
            return new ServiceStatus(name, url, health.path("status").asString("UNKNOWN"), readiness.path("status").asString("UNKNOWN"),
                    info.path("build").path("version").asString(null), uptime == null ? null : uptime.longValue(),
                    pending == null ? null : pending.longValue(), metric(url, "outbox.oldest.age"), null);
        } catch (Exception e) {
            return new ServiceStatus(name, url, "UNREACHABLE", "UNREACHABLE", null, null, null, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private @Nullable Double metric(String url, String name) throws Exception {
        JsonNode metric = get(url + "/actuator/metrics/" + name);
        for (JsonNode measurement : metric.path("measurements")) {
            return measurement.path("value").asDouble();
        }
        return null;
    }

    /** The answer's JSON; health answers 503 with a body when DOWN, which is still an answer. */
    private JsonNode get(String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (settings.actuatorUser() != null) {
            String basic = settings.actuatorUser() + ":" + settings.actuatorPassword();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404 || answer.statusCode() == 401 || answer.statusCode() == 403) {
            // Not there, or the console has no account on that service: shown as unknown, not as down.
            return json.readTree("{}");
        }
        if (answer.statusCode() != 200 && answer.statusCode() != 503) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return json.readTree(answer.body());
    }
}
