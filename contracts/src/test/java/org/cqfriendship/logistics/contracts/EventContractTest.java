package org.cqfriendship.logistics.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractTest {

    static final List<String> EVENT_TYPES = EventContract.EVENT_TYPES;

    @ParameterizedTest
    @FieldSource("EVENT_TYPES")
    void everyExampleConformsToItsSchema(String eventType) {
        assertThat(EventContract.violations(eventType, EventContract.example(eventType))).isEmpty();
    }

    @Test
    void rejectsARegistrationWithoutMembers() {
        String json = """
                {"delegationId":"d1","locality":"Pest County","country":"HU","kind":"LOCAL_GOVERNMENT",
                 "registeredAt":"2026-05-01T09:00:00Z","members":[]}""";
        assertThat(EventContract.violations("DelegationRegistered", json)).isNotEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"DelegationRegistered", "DelegateAdded", "NeedsChanged",
            "DelegateDetailsChanged", "DelegateWithdrawn", "DelegateErased"})
    void aPersonalFieldTheSchemaDoesNotNameFailsTheContract(String eventType) {
        String json = EventContract.example(eventType).replaceFirst("\"memberId\":", "\"dateOfBirth\": \"1970-01-01\", \"memberId\":");

        assertThat(json).contains("dateOfBirth");
        assertThat(EventContract.violations(eventType, json)).as("personal data must be declared before it travels").isNotEmpty();
    }

    @Test
    void rejectsALowerCaseCountryCode() {
        String json = EventContract.example("DelegationRegistered").replace("\"LA\"", "\"la\"");
        assertThatThrownBy(() -> EventContract.assertConforms("DelegationRegistered", json))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("country");
    }

    @ParameterizedTest
    @FieldSource("EVENT_TYPES")
    void theAsyncApiDocumentNamesEveryEventTypeWithItsSchema(String eventType) throws Exception {
        try (var in = EventContract.class.getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            String asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(asyncApi).contains("      " + eventType + ":\n        $ref: '#/components/messages/" + eventType + "'",
                    "$ref: './schemas/" + eventType + ".schema.json'");
        }
    }
}
