package org.cqfriendship.logistics.support.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of a service's scenarios: the running service over HTTP ({@link #http}) and the topics it
 * writes or reads, watched from outside ({@link #topics}). Subclasses say which topics to watch;
 * their subclasses choose the broker and store ({@link EmbeddedPlatformTest}, {@link ContainerPlatformTest}).
 */
public abstract class ServiceScenarios {

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected HttpProbe http;
    protected TopicProbe topics;

    /** The topics {@link #topics} reads. */
    protected abstract String[] watchedTopics();

    @BeforeEach
    void connect() {
        http = new HttpProbe("http://localhost:" + port);
        topics = new TopicProbe(bootstrapServers, watchedTopics());
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }
}
