package org.cqfriendship.logistics.support.faults;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * The fault points, only where the fault-test harness asks for them
 * ({@code logistics.faults.enabled=true}); otherwise nothing of this exists in a service.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "logistics.faults", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(FaultProperties.class)
public class FaultAutoConfiguration {

    @Bean
    FaultPoints faultPoints(FaultProperties faults) {
        return new FaultPoints(faults);
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
}
