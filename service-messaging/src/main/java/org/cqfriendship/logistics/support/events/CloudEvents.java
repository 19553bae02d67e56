package org.cqfriendship.logistics.support.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.jspecify.annotations.Nullable;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** CloudEvents 1.0 in Kafka binary mode: attributes as {@code ce_} headers, the JSON body as the value. */
public final class CloudEvents {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private static final LogAccessor LOG = new LogAccessor(CloudEvents.class);

    private CloudEvents() {
    }

    /** The record for an outbox message as stored in a document. */
    public static ProducerRecord<String, byte[]> record(Document message) {
        ProducerRecord<String, byte[]> record = record(message.getString("topic"), message.getString("key"), message.getString("type"),
                message.getString("source"), message.getString("eventId"), message.get("occurredAt", Date.class).toInstant(),
                message.getString("payload"));
        // The trace of the change that wrote it: the consumer's observation continues it.
        add(record.headers(), Traces.HEADER, message.getString("traceparent"));
        return record;
    }

    /** A CloudEvents record in Kafka binary mode: the headers above, the JSON body as the value. */
    public static ProducerRecord<String, byte[]> record(String topic, String key, String type, String source, String eventId,
                                                         Instant time, String json) {
        Headers headers = new RecordHeaders();
        add(headers, ID, eventId);
        add(headers, TYPE, type);
        add(headers, SOURCE, source);
        add(headers, TIME, time.toString());
        add(headers, SPEC_VERSION, "1.0");
        add(headers, SUBJECT, key);
        add(headers, CONTENT_TYPE, "application/json");
        return new ProducerRecord<>(topic, null, key, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A header's text, or null when the record lacks it (or has no headers at all). */
    public static @Nullable String header(@Nullable Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record's event id, which every consumer deduplicates on; an event without one is poison. */
    public static String requireId(ConsumerRecord<?, ?> record) {
        String id = header(record.headers(), ID);
        if (id == null || id.isBlank()) {
            throw new PoisonEventException("Event without " + ID + " on " + record.topic() + "-" + record.partition()
                    + "@" + record.offset());
        }
        return id;
    }

    /**
     * For batch listeners: a record whose value could not be deserialized arrives with a null value
     * and the failure in a header; this throws that failure, which the error handler dead-letters
     * with the original bytes. (A record listener never sees such a record.)
     */
    public static void requireDeserialized(ConsumerRecord<?, ?> record) {
        DeserializationException failed = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (failed != null) {
            throw failed;
        }
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
