package org.cqfriendship.logistics.itinerary.access;

import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With an OpenID Connect provider configured, the login page offers it and sends staff there to sign in. */
@EmbeddedPlatformTest
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.conference.client-name=Conference SSO",
        "spring.security.oauth2.client.registration.conference.client-id=itinerary",
        "spring.security.oauth2.client.registration.conference.client-secret=secret",
        "spring.security.oauth2.client.registration.conference.scope=openid,profile",
        "spring.security.oauth2.client.registration.conference.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.conference.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.conference.authorization-uri=https://sso.example.org/authorize",
        "spring.security.oauth2.client.provider.conference.token-uri=https://sso.example.org/token",
        "spring.security.oauth2.client.provider.conference.jwk-set-uri=https://sso.example.org/jwks",
        "spring.security.oauth2.client.provider.conference.user-name-attribute=sub"})
class OidcLoginTest extends ServiceScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries"};
    }

    @Test
    void offersTheProviderOnTheLoginPageAndRedirectsToIt() {
        HttpProbe.Answer login = http.get("/login?lang=en");
        assertThat(login.body()).contains("Conference SSO", "/oauth2/authorization/conference");

        HttpProbe.Answer start = http.get("/oauth2/authorization/conference");

        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).startsWith("https://sso.example.org/authorize?")
                .contains("client_id=itinerary", "scope=openid%20profile", "redirect_uri=");
        assertThat(http.as("programme").get("/api/sessions").status()).as("password accounts still work").isEqualTo(200);
    }
}
