package org.cqfriendship.logistics.support.events;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which listener failures wait for the store (retried until it is back) rather than dead-letter the record. */
class StoreOutageTest {

    @Test
    void anUnreachableOrSilentStoreIsAnOutageHoweverDeepTheCause() {
        assertThat(EventStreamsAutoConfiguration.storeUnavailable(new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("Timed out", new MongoTimeoutException("no server"))))).isTrue();
        assertThat(EventStreamsAutoConfiguration.storeUnavailable(new RuntimeException(new MongoTimeoutException("no server")))).isTrue();
    }

    @Test
    void aRefusedWriteOrABadRecordIsNot() {
        assertThat(EventStreamsAutoConfiguration.storeUnavailable(new ListenerExecutionFailedException("listener failed",
                new OptimisticLockingFailureException("changed meanwhile")))).isFalse();
        assertThat(EventStreamsAutoConfiguration.storeUnavailable(new PoisonEventException("no members"))).isFalse();
    }
}
