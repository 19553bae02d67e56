package org.cqfriendship.logistics.support.events;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How every service talks to Kafka: idempotent {@code acks=all} producers of raw JSON bytes fed by
 * the outbox relay (OutboxAutoConfiguration); consumers that map each record to the service's own type by its
 * {@code ce_type} header; one error handler that dead-letters poison at once and transient
 * failures after back-off.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class EventStreamsAutoConfiguration {

    /** Header of a dead letter naming the innermost cause of its failure, for operators. */
    public static final String DEAD_LETTER_REASON = "dlt_reason";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer reliableEventProducer() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Bean
    @ConditionalOnMissingBean
    Traces traces(ObjectProvider<Tracer> tracer) {
        return new Traces(tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    @Bean
    @ConditionalOnBean(InboundEventTypes.class)
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaConsumerFactoryCustomizer cloudEventConsumer(List<InboundEventTypes> declared, JsonMapper jsonMapper) {
        InboundEventTypes types = InboundEventTypes.merged(declared);
        JsonMapper lenient = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<String, JavaType> javaTypes = new LinkedHashMap<>();
        types.byType().forEach((type, cls) -> javaTypes.put(type, lenient.constructType(cls)));
        types.ignored().forEach(type -> javaTypes.put(type, lenient.constructType(InboundEventTypes.IgnoredEvent.class)));
        JacksonJsonDeserializer<Object> json = new JacksonJsonDeserializer<>(lenient).typeResolver((topic, data, headers) -> {
            String type = CloudEvents.header(headers, CloudEvents.TYPE);
            JavaType javaType = javaTypes.get(type);
            if (javaType == null) {
                throw new IllegalArgumentException("Unknown event type '" + type + "' on " + topic);
            }
            return javaType;
        });
        json.setUseTypeHeaders(false);
        InboundEventTypes.IgnoredEvent ignored = new InboundEventTypes.IgnoredEvent();
        Deserializer<Object> skippingIgnored = new Deserializer<>() {
            @Override
            public @Nullable Object deserialize(String topic, byte[] data) {
                return json.deserialize(topic, data);
            }

            /** A type the service has no use for is not parsed at all: an itinerary's change, say, is large. */
            @Override
            public @Nullable Object deserialize(String topic, Headers headers, byte[] data) {
                return types.ignored().contains(CloudEvents.header(headers, CloudEvents.TYPE)) ? ignored : json.deserialize(topic, headers, data);
            }

            @Override
            public void close() {
                json.close();
            }
        };
        return factory -> {
            DefaultKafkaConsumerFactory raw = (DefaultKafkaConsumerFactory) factory;
            raw.setKeyDeserializer(new StringDeserializer());
            raw.setValueDeserializer(new ErrorHandlingDeserializer<>(skippingIgnored));
            raw.updateConfigs(Map.of(
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        };
    }

    @Bean
    @ConditionalOnBean(InboundEventTypes.class)
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<?, ?> bytesTemplate, KafkaProperties kafkaProperties,
                                                 JsonMapper jsonMapper) {
        // A record that could not be deserialized is dead-lettered as its original bytes; one that
        // was deserialized but failed in processing is written back as JSON.
        Map<String, Object> producer = new LinkedHashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, Object> jsonTemplate = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new JacksonJsonSerializer<>(jsonMapper)));
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, bytesTemplate);
        templates.put(Object.class, jsonTemplate);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, record.partition()));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable root = NestedExceptionUtils.getMostSpecificCause(exception);
            String reason = root.getClass().getSimpleName() + ": " + root.getMessage();
            return new RecordHeaders().add(DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        });
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(8_000);
        backOff.setMaxElapsedTime(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        // The dead-letter topic is for what is wrong with a record. While the service's own store
        // is away, every record would fail: the partition waits for the store instead.
        ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(500, 2.0);
        untilTheStoreIsBack.setMaxInterval(8_000);
        handler.setBackOffFunction((record, exception) -> storeUnavailable(exception) ? untilTheStoreIsBack : null);
        return handler;
    }

    /** The store could not be reached or did not answer (as opposed to refusing what was asked of it). */
    static boolean storeUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
