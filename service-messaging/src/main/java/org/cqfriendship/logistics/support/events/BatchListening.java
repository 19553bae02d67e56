package org.cqfriendship.logistics.support.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a batch listener applies a poll's records: all at once, and when that fails, one record at
 * a time, so that the first record that fails alone is handed to the error handler by its index
 * ({@link BatchListenerFailedException}): the records before it are committed, it is retried or
 * dead-lettered on its own, and the rest come again. A bad record never makes its batch retry for ever.
 */
public final class BatchListening {

    private BatchListening() {
    }

    /**
     * {@code read} turns a record into what it asks of the service (nothing, for an event of no
     * use to it; throwing for poison); {@code apply} does that for a batch of them. A record that
     * could not be deserialized is thrown as such, to be dead-lettered with its original bytes.
     */
    public static <K, V, T> void apply(List<ConsumerRecord<K, V>> records, Function<ConsumerRecord<K, V>, List<T>> read,
                                       Consumer<List<T>> apply) {
        Function<ConsumerRecord<K, V>, List<T>> checked = record -> {
            CloudEvents.requireDeserialized(record);
            return read.apply(record);
        };
        try {
            apply.accept(records.stream().flatMap(record -> checked.apply(record).stream()).toList());
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    List<T> asked = checked.apply(records.get(i));
                    if (!asked.isEmpty()) {
                        apply.accept(asked);
                    }
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException(Objects.requireNonNullElse(failed.getMessage(), failed.toString()), failed, i);
                }
            }
        }
    }
}
