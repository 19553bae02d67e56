package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertFacts;
import org.cqfriendship.logistics.notification.alert.AlertTexts;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One dispatcher per channel, started and stopped with the application, so a slow channel never holds up another. */
@Component
public class Dispatchers implements SmartLifecycle {

    private final Map<Channel, ChannelDispatcher> byChannel = new EnumMap<>(Channel.class);
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final DueDeliveries due;
    private final ChannelGuard guard;
    private final SendCaps caps;
    private final Clock clock;

    Dispatchers(List<DeliveryChannel> channels, ChannelGuard guard, MongoTemplate mongo, Recipients directory,
                AlertTexts texts, MessageLinks links, DeliverySettings settings, Clock clock) {
        this.due = new DueDeliveries(mongo);
        this.guard = guard;
        this.clock = clock;
        this.caps = new SendCaps(settings.delegateAddressCap(), settings.delegationCap());
        for (DeliveryChannel channel : channels) {
            this.channels.put(channel.channel(), channel);
            byChannel.put(channel.channel(), new ChannelDispatcher(channel, guard, mongo, due, directory, texts, links, settings, caps, clock,
                    (other, alert) -> deliver(other, alert.id(), clock.instant())));
        }
    }

    /** These alerts are about to be written: their deliveries are noted as pending first (one bulk write), so that no sweep misses them. */
    @EventListener
    void on(AlertFacts.Opening opening) {
        Map<String, Map<Channel, Instant>> pending = new LinkedHashMap<>();
        for (Alert alert : opening.alerts()) {
            alert.deliveries().forEach((channel, delivery) -> pending.computeIfAbsent(alert.id(), id -> new EnumMap<>(Channel.class))
                    .put(Channel.valueOf(channel), delivery.nextAttemptAt()));
        }
        due.expect(pending, clock.instant());
    }

    /** A new alert: each of its channels sends it when its delivery is due (at once, or when a held alert's window closes). */
    @EventListener
    void on(AlertFacts.Recorded recorded) {
        if (recorded.joined()) {
            return;
        }
        Alert alert = recorded.alert();
        alert.deliveries().forEach((channel, delivery) -> deliver(Channel.valueOf(channel), alert.id(), delivery.nextAttemptAt()));
    }

    /**
     * Sends a notice to a delegate's address now, through the channel's guard and within the same
     * hourly caps as their alerts. Answers empty when sent, or when a place under the caps frees
     * up (nothing sent); throws {@link NoticeNotSent}, with provider addresses redacted, when the provider did not take it.
     */
    public Optional<Instant> sendNotice(Channel channel, Notice notice, String delegationId) {
        Optional<Instant> heldUntil = caps.admit(channel, notice.address(), delegationId, clock.instant());
        if (heldUntil.isEmpty()) {
            DeliveryChannel way = Objects.requireNonNull(channels.get(channel), channel + " has no sender");
            try {
                guard.call(channel, () -> {
                    way.send(notice);
                    return null;
                });
            } catch (Exception failure) {
                throw new NoticeNotSent(Redacted.text(failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage())));
            }
        }
        return heldUntil;
    }

    /** The provider did not take a notice; the message says why, with no provider secrets in it. */
    public static class NoticeNotSent extends RuntimeException {
        NoticeNotSent(String why) {
            super(why);
        }
    }

    private void deliver(Channel channel, String alertId, Instant at) {
        ChannelDispatcher dispatcher = byChannel.get(channel);
        if (dispatcher != null) {
            dispatcher.deliverAt(alertId, at);
        }
    }

    @Override
    public void start() {
        byChannel.values().forEach(ChannelDispatcher::start);
    }

    @Override
    public void stop() {
        byChannel.values().forEach(ChannelDispatcher::stop);
    }

    @Override
    public boolean isRunning() {
        return byChannel.values().stream().anyMatch(ChannelDispatcher::isRunning);
    }

    @Override
    public int getPhase() {
        return byChannel.values().stream().findFirst().map(ChannelDispatcher::getPhase).orElse(Integer.MAX_VALUE - 100);
    }
}
