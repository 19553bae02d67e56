package org.cqfriendship.logistics.support.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls a running service over real HTTP, as a client or a browser's script would. */
public final class HttpProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;

    public HttpProbe(String baseUrl) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, null);
    }

    private HttpProbe(HttpClient client, String baseUrl, String authorization) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same service, called as a demo staff account (HTTP Basic, for the API). */
    public HttpProbe as(String demoUser) {
        return new HttpProbe(client, baseUrl, DemoStaff.basic(demoUser));
    }

    /** The same service, called by a delegation holding its secret link. */
    public HttpProbe withLink(String token) {
        return new HttpProbe(client, baseUrl, "Bearer " + token);
    }

    /**
     * A browser-like session of a demo staff account, signed in on the login page (for pages):
     * it keeps its cookies and does not follow redirects.
     */
    public HttpProbe signedIn(String demoUser) {
        HttpProbe session = browser();
        Answer login = session.postForm("/login", "username", demoUser, "password", DemoStaff.PASSWORD,
                "_csrf", session.csrfToken("/login"));
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + demoUser + ": " + login.status() + " " + login.header("Location"));
        }
        return session;
    }

    /** A browser-like session nobody signed in to: it keeps its cookies and does not follow redirects. */
    public HttpProbe browser() {
        return new HttpProbe(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager()).build(),
                baseUrl, null);
    }

    /** The CSRF token of the form on this page. */
    public String csrfToken(String pagePath) {
        Matcher field = CSRF_FIELD.matcher(get(pagePath).body());
        if (!field.find()) {
            throw new IllegalStateException("No CSRF token on " + pagePath);
        }
        return field.group(1);
    }

    /** Posts a form as a browser would; {@code fields} are name, value pairs. */
    public Answer postForm(String path, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    public record Answer(int status, String body, HttpResponse<?> response) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    /** A GET whose answer is bytes (a PDF, an image): the status and the body as sent. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return client.send(builder(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a stream (server-sent events) and closes it once the answer's status and headers are in. */
    public Answer open(String path) {
        try {
            HttpResponse<InputStream> response = client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Answer(response.statusCode(), "", response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer postJson(String path, String json, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A body-less POST, marked as an API call ({@code X-Requested-With}), as a script or a tool sends it. */
    public Answer post(String path, String... headers) {
        return send(builder(path, headers).header("X-Requested-With", "HttpProbe").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** What a form on another site can send: a form-encoded body, no custom header. */
    public Answer crossSiteForm(String method, String path) {
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString("field=value")));
    }

    public Answer putJson(String path, String json, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path, String... headers) {
        return send(builder(path, headers).header("X-Requested-With", "HttpProbe").DELETE());
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
