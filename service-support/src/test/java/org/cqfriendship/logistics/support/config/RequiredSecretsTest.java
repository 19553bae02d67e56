package org.cqfriendship.logistics.support.config;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local profile a service needs each of its secrets, set to a value of its own. */
class RequiredSecretsTest {

    private static final String REAL = "a-real-secret-of-at-least-thirty-two-characters";

    @Test
    void namesEachMissingSecretAndTheVariableThatSetsIt() {
        StandardEnvironment environment = environment(Map.of());

        assertThatThrownBy(() -> new RequiredSecrets().postProcessEnvironment(environment, null))
                .isInstanceOf(RequiredSecrets.MissingSecretsException.class)
                .satisfies(e -> assertThat(((RequiredSecrets.MissingSecretsException) e).problems()).containsExactly(
                        "logistics.access.delegation-link-secret (delegation-link) is not set: set DELEGATION_LINK_SECRET",
                        "notification.webhook.secret (webhook) is not set: set WEBHOOK_SECRET"));
    }

    @Test
    void refusesTheLocalPlatformsValuesAndThePlaceholdersOfTheExampleEnvFile() {
        StandardEnvironment environment = environment(Map.of("logistics.access.delegation-link-secret",
                "dev-only-delegation-link-secret-change-me-0123456789", "notification.webhook.secret", "change-me-to-a-secret"));

        assertThat(RequiredSecrets.problems(environment)).hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("has the local platform's development value"));
    }

    @Test
    void startsWithSecretsOfItsOwn() {
        StandardEnvironment environment = environment(Map.of("logistics.access.delegation-link-secret", REAL,
                "notification.webhook.secret", REAL + "-2"));

        assertThatNoException().isThrownBy(() -> new RequiredSecrets().postProcessEnvironment(environment, null));
    }

    @Test
    void theLocalProfileStartsWithItsDevelopmentSecrets() {
        StandardEnvironment environment = environment(Map.of());
        environment.setActiveProfiles(RequiredSecrets.LOCAL_PROFILE);

        assertThatNoException().isThrownBy(() -> new RequiredSecrets().postProcessEnvironment(environment, null));
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("logistics.secrets.required.delegation-link.setting", "logistics.access.delegation-link-secret");
        all.put("logistics.secrets.required.delegation-link.variable", "DELEGATION_LINK_SECRET");
        all.put("logistics.secrets.required.webhook.setting", "notification.webhook.secret");
        all.put("logistics.secrets.required.webhook.variable", "WEBHOOK_SECRET");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", all));
        return environment;
    }
}
