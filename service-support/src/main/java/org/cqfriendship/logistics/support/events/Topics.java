package org.cqfriendship.logistics.support.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/** Topic declarations: every topic comes with its dead-letter topic of the same partitions. */
public final class Topics {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static NewTopic[] withDeadLetter(String topic, int partitions) {
        return new NewTopic[] {
                TopicBuilder.name(topic).partitions(partitions).build(),
                TopicBuilder.name(topic + DEAD_LETTER_SUFFIX).partitions(partitions).build()
        };
    }
}
