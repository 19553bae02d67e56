package org.cqfriendship.logistics.platform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * Registers the conference's named delegations (demo/delegations.json) through the public API,
 * once per data folder, as programme staff do for a delegation whose coordinator is already
 * chosen (only they may assign one). Each request carries an Idempotency-Key, so a start
 * interrupted half-way loads the rest next time without doubling any.
 */
final class DemoData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlatformSettings settings;
    private final HttpClient http;
    private final PrintStream out;

    DemoData(PlatformSettings settings, HttpClient http, PrintStream out) {
        this.settings = settings;
        this.http = http;
        this.out = out;
    }

    void loadOnce() {
        if (Files.exists(settings.demoDataMarker())) {
            return;
        }
        JsonNode delegations = read();
        int loaded = 0;
        for (JsonNode delegation : delegations.get("delegations")) {
            String key = "demo-" + delegation.get("locality").asString().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
            int status = post(delegation.toString(), key);
            if (status != 201) {
                throw new PlatformException("Demo delegation " + delegation.get("locality").asString()
                        + " was refused with HTTP " + status + "; see above.");
            }
            loaded++;
        }
        try {
            Files.writeString(settings.demoDataMarker(), "Demo data loaded at " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(String.format("%-13s| registered %d demo delegations (illustrative travel details)", "demo-data", loaded));
    }

    private int post(String body, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PlatformSettings.REGISTRATION + "/api/delegations"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", PlatformSettings.demoAccount("programme"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                out.println(String.format("%-13s| %s", "demo-data", response.body()));
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new PlatformException("Could not reach registration-service to load demo data: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while loading demo data");
        }
    }

    private static JsonNode read() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/delegations.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
