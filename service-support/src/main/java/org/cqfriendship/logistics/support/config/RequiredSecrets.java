package org.cqfriendship.logistics.support.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses to start anywhere but the local profile while a secret is missing or still has its
 * development value (the local profile's files hold those) or a {@code change-me} placeholder of
 * {@code .env.example}, naming each one and the environment
 * variable that sets it. The secrets a service needs are listed under {@code logistics.secrets.required}
 * (purpose → setting and variable), by the shared defaults and by the service.
 */
public class RequiredSecrets implements EnvironmentPostProcessor, Ordered {

    public static final String LOCAL_PROFILE = "local";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:(.*)}");
    private static final List<String> LOCAL_FILES = List.of(ServiceDefaults.LOCAL_DEFAULTS, "application-local.yml");

    /** A secret: the setting that holds it, and the environment variable that sets it. */
    record Secret(String setting, String variable) {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new MissingSecretsException(problems);
        }
    }

    /** Each secret that is missing or has its development value, as a sentence. */
    static List<String> problems(ConfigurableEnvironment environment) {
        Map<String, Secret> required = Binder.get(environment)
                .bind("logistics.secrets.required", Bindable.mapOf(String.class, Secret.class)).orElse(Map.of());
        Map<String, Object> development = developmentValues();
        List<String> problems = new ArrayList<>();
        new TreeMap<>(required).forEach((purpose, secret) -> {
            String name = secret.setting();
            String value = environment.getProperty(name);
            String variable = secret.variable();
            if (value == null || value.isBlank()) {
                problems.add(name + " (" + purpose + ") is not set: set " + variable);
            } else if (value.startsWith("dev-only") || value.contains("change-me") || Objects.equals(development.get(name), value)) {
                problems.add(name + " (" + purpose + ") has the local platform's development value: set a secret of your own in " + variable);
            }
        });
        return problems;
    }

    private static Map<String, Object> developmentValues() {
        Map<String, Object> values = new TreeMap<>();
        for (String file : LOCAL_FILES) {
            Resource resource = new ClassPathResource(file);
            if (!resource.exists()) {
                continue;
            }
            try {
                for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, resource)) {
                    if (source.getSource() instanceof Map<?, ?> map) {
                        map.forEach((key, value) -> values.put(String.valueOf(key), withoutPlaceholder(String.valueOf(value))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return values;
    }

    /** {@code ${VARIABLE:value}} as the value it falls back to. */
    private static String withoutPlaceholder(String value) {
        Matcher matcher = PLACEHOLDER.matcher(value);
        return matcher.matches() ? matcher.group(1) : value;
    }

    /** After the configuration files and {@link ServiceDefaults} are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The secrets a start outside the local profile lacks. */
    public static class MissingSecretsException extends IllegalStateException {

        private final List<String> problems;

        MissingSecretsException(List<String> problems) {
            super("Refusing to start without its secrets: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
