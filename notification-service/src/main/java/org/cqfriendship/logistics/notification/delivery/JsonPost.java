package org.cqfriendship.logistics.notification.delivery;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts JSON to a provider (SMS gateway, chat webhook) and fails unless it answers 2xx. */
@Component
public class JsonPost {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public byte[] body(Object payload) {
        return json.writeValueAsBytes(payload);
    }

    public void send(String url, Object payload, String idempotencyKey, Map<String, String> headers) throws IOException, InterruptedException {
        sendRaw(url, body(payload), idempotencyKey, headers);
    }

    public void sendRaw(String url, byte[] body, String idempotencyKey, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException(Redacted.url(url) + " answered " + answer.statusCode());
        }
    }
}
