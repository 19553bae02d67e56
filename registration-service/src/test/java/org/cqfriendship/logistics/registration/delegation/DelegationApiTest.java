package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.registration.access.RegistrationAccess;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cqfriendship.logistics.registration.programme.Programme;
import org.cqfriendship.logistics.support.security.LinkGenerations;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The JSON API's answers, with the service behind it replaced. */
@WebMvcTest(DelegationController.class)
@Import(RegistrationAccess.class)
class DelegationApiTest {

    /** The rate limit filter, part of the web layer, needs a clock; the link check, the link generations. */
    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** No store behind this web layer: every genuine link is current. */
        @Bean
        LinkGenerations linkGenerations() {
            return LinkGenerations.NONE_REVOKED;
        }
    }

    static final RequestPostProcessor PROGRAMME_STAFF = user("programme").roles("PROGRAMME");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    DelegationService service;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    CoordinatorAssignments coordinators;
    @MockitoBean
    EditLinks editLinks;
    @MockitoBean
    Programme programme;

    @org.junit.jupiter.api.BeforeEach
    void onlyTheConferencesOwnItemsAreOnTheProgramme() {
        Mockito.when(programme.offered(ArgumentMatchers.any()))
                .thenAnswer(call -> SignUpOptions.BUILT_IN.offered(call.getArgument(0)));
    }

    @Test
    void answersAProblemWithOneEntryPerBadFieldAndNeverCallsTheService() {
        var answer = mvc.post().uri("/api/delegations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locality\":\"\",\"country\":\"la\",\"kind\":\"LOCAL_GOVERNMENT\",\"members\":[]}");

        assertThat(answer).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("locality", "country", "members");
        verify(service, never()).register(any(), any(), any());
    }

    @Test
    void answersAProblemForABodyThatIsNotJson() {
        var answer = mvc.post().uri("/api/delegations").contentType(MediaType.APPLICATION_JSON).content("{ nope");

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.detail").asString().contains("not valid JSON");
    }

    @Test
    void neverEchoesTheTextOfAnUnexpectedFailure() {
        when(service.find("boom")).thenThrow(new IllegalStateException("secret internals: passport P1234567"));

        var answer = mvc.get().uri("/api/delegations/boom").with(PROGRAMME_STAFF);

        assertThat(answer).hasStatus(500);
        assertThat(answer).bodyText().doesNotContain("secret", "P1234567").contains("reference");
    }

    @Test
    void answersServiceUnavailableWhenTheStoreCannotBeReached() {
        when(service.all()).thenThrow(new DataAccessResourceFailureException("Timed out"));

        assertThat(mvc.get().uri("/api/delegations").with(PROGRAMME_STAFF)).hasStatus(503);
    }

    @Test
    void answers404ForAnUnknownDelegation() {
        when(service.find("nope")).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/delegations/nope").with(PROGRAMME_STAFF)).hasStatus(404);
    }
}
