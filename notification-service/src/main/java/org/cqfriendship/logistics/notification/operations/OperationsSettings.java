package org.cqfriendship.logistics.notification.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * @param services        each service's name and base URL, whose actuator the console reads
 * @param actuatorUser    an OPERATIONS account the console uses on the other services' actuators
 * @param actuatorPassword its password
 * @param lagSampleEvery  how often consumer lag is sampled for the history chart
 * @param lagSamples      how many samples the history keeps (in memory)
 */
@ConfigurationProperties("notification.operations")
public record OperationsSettings(Map<String, String> services, String actuatorUser, String actuatorPassword,
                                 Duration lagSampleEvery, int lagSamples) {

    public OperationsSettings {
        services = services == null ? Map.of() : Map.copyOf(services);
        lagSampleEvery = lagSampleEvery == null ? Duration.ofSeconds(5) : lagSampleEvery;
        lagSamples = lagSamples <= 0 ? 360 : lagSamples;
    }
}
