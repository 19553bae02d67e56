package org.cqfriendship.logistics.support.testing;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of a service, called as every kind of caller: who gets in, who is refused, and
 * that a refused call leaves the store as it was. The service's own endpoints are read from its
 * request mappings, so an endpoint added without a rule here fails {@link #coversEveryEndpoint}.
 */
public final class AccessMatrix {

    /** The kinds of caller; "own" means the delegation (or inbox) the endpoint is about. */
    public enum Who { ANONYMOUS, OWN_LINK, OTHER_LINK, COORDINATOR, OTHER_COORDINATOR, PROGRAMME, OPERATIONS, JUDGE, DESK }

    public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    public static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    public static final Set<Who> STAFF = EnumSet.of(Who.COORDINATOR, Who.OTHER_COORDINATOR, Who.PROGRAMME, Who.OPERATIONS, Who.JUDGE, Who.DESK);

    /**
     * @param method  HTTP method
     * @param pattern the mapping's pattern, as the service declares it
     * @param path    a concrete path to call
     * @param body    a JSON body for POST and PUT, or null
     * @param allowed who gets past access control: any answer but 401, 403 and, for a GET, 404 (other
     *                methods may answer 404 for what the path names, e.g. an unknown session)
     * @param page    a page (session sign-in, redirect to the login page) rather than the JSON API
     */
    public record Endpoint(String method, String pattern, String path, String body, Set<Who> allowed, boolean page) {

        public static Endpoint api(String method, String pattern, String path, String body, Set<Who> allowed) {
            return new Endpoint(method, pattern, path, body, allowed, false);
        }

        public static Endpoint page(String method, String pattern, String path, Set<Who> allowed) {
            return new Endpoint(method, pattern, path, null, allowed, true);
        }

        String key() {
            return method + " " + pattern;
        }
    }

    private final Map<Who, HttpProbe> api = new EnumMap<>(Who.class);
    private final Map<Who, HttpProbe> pages = new EnumMap<>(Who.class);

    /**
     * @param http     the service
     * @param ownToken the secret link of the delegation the endpoints are about (assigned to {@code coord-demo})
     * @param otherToken the secret link of another delegation
     */
    public AccessMatrix(HttpProbe http, String ownToken, String otherToken) {
        Map<Who, String> staff = Map.of(Who.COORDINATOR, DemoStaff.COORDINATOR, Who.OTHER_COORDINATOR, DemoStaff.OTHER_COORDINATOR,
                Who.PROGRAMME, DemoStaff.PROGRAMME, Who.OPERATIONS, DemoStaff.OPERATIONS, Who.JUDGE, DemoStaff.JUDGES.get(0), Who.DESK, DemoStaff.DESK);
        api.put(Who.ANONYMOUS, http);
        api.put(Who.OWN_LINK, http.withLink(ownToken));
        api.put(Who.OTHER_LINK, http.withLink(otherToken));
        pages.put(Who.ANONYMOUS, http);
        pages.put(Who.OWN_LINK, http);
        pages.put(Who.OTHER_LINK, http);
        staff.forEach((who, user) -> {
            api.put(who, http.as(user));
            pages.put(who, http.signedIn(user));
        });
    }

    /** The service's mappings ("GET /api/x/{id}"), without the error page and the OpenAPI documents. */
    public static Set<String> mappingsOf(RequestMappingHandlerMapping mappings) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    keys.add("* " + pattern);
                }
                methods.forEach(method -> keys.add(method.name() + " " + pattern));
            }
        }
        return keys;
    }

    public static void coversEveryEndpoint(RequestMappingHandlerMapping mappings, List<Endpoint> endpoints) {
        Set<String> declared = new TreeSet<>();
        endpoints.forEach(endpoint -> declared.add(endpoint.key()));
        assertThat(declared).as("an access rule for every endpoint of the service").containsAll(mappingsOf(mappings));
    }

    /**
     * Calls each endpoint as each caller. Refused: 401 (API) or a redirect to the login page (pages)
     * for anonymous callers, 403 or 404 for the others, and the store unchanged. Allowed: anything else.
     * Page forms (any page method but GET) are posted without their CSRF token: 403 for everyone.
     * Every API call that changes data is sent as a cross-site form would send it (form-encoded,
     * no {@code X-Requested-With}) by a caller it allows: 403, and the store unchanged. Every API
     * call anonymous callers may not make is made anonymously through its path with a letter
     * percent-encoded: refused (401, or 400 when the firewall rejects it), and the store unchanged.
     */
    public void check(List<Endpoint> endpoints, MongoTemplate store) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            boolean form = endpoint.page() && !endpoint.method().equals("GET");
            for (Who who : Who.values()) {
                if (endpoint.allowed().contains(who) && !form) {
                    continue;
                }
                Map<String, List<String>> before = contents(store);
                HttpProbe.Answer answer = call(endpoint, who);
                // Pages know no bearer links: a delegation's page is its /d/<token> path.
                boolean anonymous = who == Who.ANONYMOUS || (endpoint.page() && (who == Who.OWN_LINK || who == Who.OTHER_LINK));
                boolean refused = form ? answer.status() == 403 // a form post without its CSRF token, whoever sends it
                        : anonymous ? (endpoint.page() ? answer.status() == 302 && answer.header("Location").endsWith("/login")
                                : answer.status() == 401)
                        : answer.status() == 403 || answer.status() == 404;
                if (!refused) {
                    wrong.add(endpoint.key() + " as " + who + " should be refused, answered " + answer.status());
                } else if (!before.equals(contents(store))) {
                    wrong.add(endpoint.key() + " as " + who + " was refused but changed the store");
                }
            }
        }
        for (Endpoint endpoint : endpoints) {
            if (endpoint.page() || endpoint.allowed().contains(Who.ANONYMOUS) || !endpoint.path().startsWith("/api/")) {
                continue;
            }
            // The same path with a letter percent-encoded (/api/%64elegations) is routed the same: it must be refused the same.
            Endpoint encoded = new Endpoint(endpoint.method(), endpoint.pattern(), "/api/%" + Integer.toHexString(endpoint.path().charAt(5))
                    + endpoint.path().substring(6), null, endpoint.allowed(), false);
            Map<String, List<String>> before = contents(store);
            int status = call(encoded, Who.ANONYMOUS).status();
            if (status != 401 && status != 400) {
                wrong.add(endpoint.key() + " as ANONYMOUS through " + encoded.path() + " should be refused, answered " + status);
            } else if (!before.equals(contents(store))) {
                wrong.add(endpoint.key() + " as ANONYMOUS through " + encoded.path() + " was refused but changed the store");
            }
        }
        for (Endpoint endpoint : endpoints) {
            if (endpoint.page() || endpoint.method().equals("GET") || endpoint.allowed().isEmpty()) {
                continue;
            }
            Who who = endpoint.allowed().iterator().next();
            Map<String, List<String>> before = contents(store);
            HttpProbe.Answer answer = api.get(who).crossSiteForm(endpoint.method(), endpoint.path());
            if (answer.status() != 403) {
                wrong.add(endpoint.key() + " as " + who + " from a cross-site form should be refused, answered " + answer.status());
            } else if (!before.equals(contents(store))) {
                wrong.add(endpoint.key() + " as " + who + " from a cross-site form was refused but changed the store");
            }
        }
        for (Endpoint endpoint : endpoints) {
            if (endpoint.page() && !endpoint.method().equals("GET")) {
                continue;
            }
            for (Who who : endpoint.allowed()) {
                HttpProbe.Answer answer = call(endpoint, who);
                int status = answer.status();
                boolean masked = status == 404 && endpoint.method().equals("GET");
                boolean toLogin = status == 302 && answer.header("Location").endsWith("/login");
                if (status == 401 || status == 403 || masked || toLogin) {
                    wrong.add(endpoint.key() + " as " + who + " should be allowed, answered " + status);
                }
            }
        }
        assertThat(wrong).as("access decisions").isEmpty();
    }

    public HttpProbe.Answer call(Endpoint endpoint, Who who) {
        HttpProbe probe = (endpoint.page() ? pages : api).get(who);
        return switch (endpoint.method()) {
            case "GET" -> endpoint.path().endsWith("/stream") ? probe.open(endpoint.path()) : probe.get(endpoint.path());
            case "DELETE" -> probe.delete(endpoint.path(), "If-Match", "\"999\"");
            case "PUT" -> probe.putJson(endpoint.path(), endpoint.body() == null ? "{}" : endpoint.body(), "If-Match", "\"999\"");
            case "POST" -> endpoint.body() == null ? probe.post(endpoint.path()) : probe.postJson(endpoint.path(), endpoint.body());
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }

    /** Every document of every collection but the audit log, its chain head and its trails (which record refusals on purpose). */
    public static Map<String, List<String>> contents(MongoTemplate store) {
        Map<String, List<String>> all = new TreeMap<>();
        for (String collection : store.getCollectionNames()) {
            if (!collection.equals("audit") && !collection.equals("audit_chain") && !collection.equals("audit_trails")) {
                all.put(collection, store.getCollection(collection).find().map(Document::toJson)
                        .into(new ArrayList<>()).stream().sorted().toList());
            }
        }
        return all;
    }

    /** The same endpoints with an oversized and a malformed body: 413 and 400, and the store unchanged. */
    public void refusesBadBodies(List<Endpoint> endpoints, MongoTemplate store, Function<Endpoint, Who> asWhom) {
        String oversized = "{\"notes\":\"" + "x".repeat(300_000) + "\"}";
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.page() || endpoint.body() == null) {
                continue;
            }
            Who who = asWhom.apply(endpoint);
            Map<String, List<String>> before = contents(store);
            for (String body : List.of(oversized, "{ \"locality\": nope", "[1, 2", "\u0000\u0001")) {
                int status = call(new Endpoint(endpoint.method(), endpoint.pattern(), endpoint.path(), body, endpoint.allowed(), false), who).status();
                int expected = body == oversized ? 413 : 400;
                if (status != expected) {
                    wrong.add(endpoint.key() + " with " + (body == oversized ? "an oversized" : "a malformed") + " body answered " + status);
                }
            }
            if (!before.equals(contents(store))) {
                wrong.add(endpoint.key() + " with bad bodies changed the store");
            }
        }
        assertThat(wrong).as("bad bodies").isEmpty();
    }
}
