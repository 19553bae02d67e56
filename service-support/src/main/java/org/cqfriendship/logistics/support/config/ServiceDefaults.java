package org.cqfriendship.logistics.support.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code service-defaults.yml}, the settings all services share (broker address, health
 * groups, problem details), with the lowest precedence, so each service's own configuration and
 * the environment still win. Under the local profile, {@value #LOCAL_DEFAULTS} first.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    /** The demo accounts and development secrets, read only under the local profile (before the defaults, so they win). */
    static final String LOCAL_DEFAULTS = "service-defaults-local.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(RequiredSecrets.LOCAL_PROFILE))) {
            addLast(environment, LOCAL_DEFAULTS);
        }
        addLast(environment, "service-defaults.yml");
    }

    private static void addLast(ConfigurableEnvironment environment, String file) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the configuration files, whose profiles it reads. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
