package org.cqfriendship.logistics.notification.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Caps what is sent to delegates, whose addresses anyone registering may give: per address and
 * channel, and per delegation, so many sends an hour. A send over a cap is held (not lost) until
 * the hour frees a place, and the operations console counts what is held. Staff recipients are not
 * capped. The counts are this instance's (in a size-capped cache): a restart starts them afresh.
 */
final class SendCaps {

    static final Duration WINDOW = Duration.ofHours(1);
    private final int perAddress;
    private final int perDelegation;
    private final Cache<String, Deque<Instant>> sends = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(WINDOW).build();

    SendCaps(int perAddress, int perDelegation) {
        this.perAddress = perAddress;
        this.perDelegation = perDelegation;
    }

    /** Counts the send and answers empty, or answers when a place frees up (nothing counted). */
    synchronized Optional<Instant> admit(Channel channel, String address, @Nullable String delegationId, Instant now) {
        Deque<Instant> toAddress = recent(channel + ":" + address, now);
        Deque<Instant> toDelegation = recent("delegation:" + delegationId, now);
        if (toAddress.size() >= perAddress || toDelegation.size() >= perDelegation) {
            Instant addressFree = toAddress.size() >= perAddress ? toAddress.peekFirst().plus(WINDOW) : now;
            Instant delegationFree = toDelegation.size() >= perDelegation ? toDelegation.peekFirst().plus(WINDOW) : now;
            return Optional.of(addressFree.isAfter(delegationFree) ? addressFree : delegationFree);
        }
        toAddress.addLast(now);
        toDelegation.addLast(now);
        return Optional.empty();
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = sends.get(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        return times;
    }
}
