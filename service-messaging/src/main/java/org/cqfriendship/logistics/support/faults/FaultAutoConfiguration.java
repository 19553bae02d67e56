package org.cqfriendship.logistics.support.faults;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

import java.util.Map;

/**
 * The fault points, only where the fault-test harness asks for them
 * ({@code logistics.faults.enabled=true}); otherwise nothing of this exists in a service. They are
 * hung on the listener containers and on the producer from outside: no production class knows of them.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "logistics.faults", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(FaultProperties.class)
public class FaultAutoConfiguration {

    @Bean
    FaultPoints faultPoints(FaultProperties faults) {
        return new FaultPoints(faults);
    }

    @Bean
    FaultEndpoint faultEndpoint(FaultPoints faults) {
        return new FaultEndpoint(faults);
    }

    /** Boot puts a single {@code RecordInterceptor} bean on every record listener's container. */
    @Bean
    RecordInterceptor<Object, Object> faultInjectingInterceptor(FaultPoints faults) {
        return new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                faults.beforeConsuming();
                return record;
            }

            @Override
            public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                faults.consumed();
            }
        };
    }

    /** And a single {@code BatchInterceptor} bean on every batch listener's container. */
    @Bean
    BatchInterceptor<Object, Object> faultInjectingBatchInterceptor(FaultPoints faults) {
        return new BatchInterceptor<>() {
            @Override
            public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
                faults.beforeConsuming(records.count());
                return records;
            }

            @Override
            public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
                faults.consumed(records.count());
            }
        };
    }

    /**
     * The producer, decorated: each event the broker acknowledges is counted as relayed before the
     * template answers the outbox relay, so halting at the Nth leaves it published but not yet
     * marked sent (and published again after the restart).
     */
    @Bean
    static BeanPostProcessor faultInjectingProducer(ObjectProvider<FaultPoints> faults) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof KafkaTemplate<?, ?> template) {
                    ((KafkaTemplate<Object, Object>) template).setProducerInterceptor(new RelayedCounter(faults));
                }
                return bean;
            }
        };
    }

    private record RelayedCounter(ObjectProvider<FaultPoints> faults) implements ProducerInterceptor<Object, Object> {

        @Override
        public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
            if (exception == null) {
                faults.getObject().relayed();
            }
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }
}
