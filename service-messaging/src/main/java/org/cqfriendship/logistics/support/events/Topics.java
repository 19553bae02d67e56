package org.cqfriendship.logistics.support.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Topic declarations: every topic comes with its dead-letter topic of the same partitions. The
 * partition count and the replication factor are the deployment's (the brokers' {@code num.partitions}
 * and {@code default.replication.factor}): 3 and 1 on one broker, 12 and 3 on a cluster
 * (decision 91). A declared topic that exists already is left as it is.
 */
public final class Topics {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static NewTopic[] withDeadLetter(String topic) {
        return new NewTopic[] {
                TopicBuilder.name(topic).build(),
                TopicBuilder.name(topic + DEAD_LETTER_SUFFIX).build()
        };
    }
}
