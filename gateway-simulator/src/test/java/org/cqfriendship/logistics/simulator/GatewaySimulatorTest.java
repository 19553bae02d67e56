package org.cqfriendship.logistics.simulator;

import org.cqfriendship.logistics.contracts.webhook.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySimulatorTest {

    private final GatewaySimulator simulator = GatewaySimulator.start(0, GatewaySimulator.DEVELOPMENT_SECRET);
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebhookSignature signature = WebhookSignature.forBot(GatewaySimulator.DEVELOPMENT_SECRET, "coord-demo");

    @AfterEach
    void stop() {
        simulator.close();
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void recordsATextOncePerIdempotencyKey() throws Exception {
        String sms = "{\"to\":\"+8613800000000\",\"text\":\"Pickup moved to 11:30\"}";
        assertThat(post("/sms", sms, "Idempotency-Key", "alert-1:SMS").statusCode()).isEqualTo(200);
        assertThat(post("/sms", sms, "Idempotency-Key", "alert-1:SMS").statusCode()).isEqualTo(200);

        assertThat(simulator.sms()).hasSize(1);
        assertThat(simulator.repeats()).isEqualTo(1);
        assertThat(simulator.sms().get(0).text()).isEqualTo("Pickup moved to 11:30");
        assertThat(post("/sms", sms).statusCode()).isEqualTo(400);
    }

    @Test
    void failsWhenToldToAndRecordsNothingMeanwhile() throws Exception {
        post("/mode", "channel=sms&mode=fail", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(post("/sms", "{\"to\":\"+1\",\"text\":\"x\"}", "Idempotency-Key", "k").statusCode()).isEqualTo(503);
        assertThat(simulator.sms()).isEmpty();

        simulator.behave(GatewaySimulator.Channel.SMS, GatewaySimulator.Mode.NORMAL, null);
        assertThat(post("/sms", "{\"to\":\"+1\",\"text\":\"x\"}", "Idempotency-Key", "k").statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsOnlyWebhooksSignedRecently() throws Exception {
        String body = "{\"alertId\":\"a\",\"recipient\":\"coord-demo\",\"title\":\"Transfer changed\"}";
        long now = Instant.now().getEpochSecond();
        String good = signature.sign(now, body.getBytes(StandardCharsets.UTF_8));

        assertThat(post("/webhooks/group-chat", body, "Idempotency-Key", "a:WEBHOOK",
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now), WebhookSignature.SIGNATURE_HEADER, good).statusCode()).isEqualTo(200);
        assertThat(post("/webhooks/group-chat", body.replace("Transfer", "Nothing"), "Idempotency-Key", "b:WEBHOOK",
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now), WebhookSignature.SIGNATURE_HEADER, good).statusCode()).isEqualTo(401);
        String otherBots = WebhookSignature.forBot(GatewaySimulator.DEVELOPMENT_SECRET, "coord-li").sign(now, body.getBytes(StandardCharsets.UTF_8));
        assertThat(post("/webhooks/group-chat", body, "Idempotency-Key", "d:WEBHOOK", WebhookSignature.TIMESTAMP_HEADER,
                String.valueOf(now), WebhookSignature.SIGNATURE_HEADER, otherBots).statusCode()).as("signed with another bot's secret")
                .isEqualTo(401);
        assertThat(post("/webhooks/group-chat", body, "Idempotency-Key", "e:WEBHOOK", WebhookSignature.TIMESTAMP_HEADER,
                String.valueOf(now), WebhookSignature.SIGNATURE_HEADER, new WebhookSignature(GatewaySimulator.DEVELOPMENT_SECRET)
                        .sign(now, body.getBytes(StandardCharsets.UTF_8))).statusCode()).as("signed with the master secret itself").isEqualTo(401);
        long old = now - Duration.ofMinutes(10).toSeconds();
        assertThat(post("/webhooks/group-chat", body, "Idempotency-Key", "c:WEBHOOK", WebhookSignature.TIMESTAMP_HEADER,
                String.valueOf(old), WebhookSignature.SIGNATURE_HEADER, signature.sign(old, body.getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(401);

        assertThat(simulator.webhooks()).singleElement().satisfies(post -> {
            assertThat(post.bot()).isEqualTo("group-chat");
            assertThat(post.body().get("title").asString()).isEqualTo("Transfer changed");
        });
        assertThat(simulator.refusedSignatures()).isEqualTo(4);
    }

    @Test
    void aBotsSecretIsWhatTheDocumentedOpensslCommandComputes() {
        // printf '%s' 'group-chat-bot:coord-demo' | openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" -binary | base64 | tr '+/' '-_' | tr -d '='
        assertThat(WebhookSignature.botSecret(GatewaySimulator.DEVELOPMENT_SECRET, "coord-demo"))
                .isEqualTo("hUqbvHe_efX30t96qjaC7kCKirg7I1cwGEhkZvOLKqM");
        assertThat(WebhookSignature.botSecret(GatewaySimulator.DEVELOPMENT_SECRET, "coord-li"))
                .isNotEqualTo(WebhookSignature.botSecret(GatewaySimulator.DEVELOPMENT_SECRET, "coord-demo"));
    }

    @Test
    void aCapturedWebhookPostReplayedWithAnotherIdempotencyKeyIsRecordedOnce() throws Exception {
        String body = "{\"alertId\":\"alert-7\",\"recipient\":\"coord-demo\",\"title\":\"Transfer changed\"}";
        long now = Instant.now().getEpochSecond();
        String signed = signature.sign(now, body.getBytes(StandardCharsets.UTF_8));

        for (String key : new String[] {"alert-7:WEBHOOK", "replayed-1", "replayed-2"}) {
            assertThat(post("/webhooks/group-chat", body, "Idempotency-Key", key, WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now),
                    WebhookSignature.SIGNATURE_HEADER, signed).statusCode()).isEqualTo(200);
        }

        assertThat(simulator.webhooks()).hasSize(1);
        assertThat(simulator.repeats()).isEqualTo(2);
    }
}
