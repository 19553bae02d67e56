package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.alert.Channel;

/** A way out for alerts (SMTP, the SMS gateway, group-chat webhooks); the dispatcher guards and retries it. */
public interface DeliveryChannel {

    Channel channel();

    /** Hands one alert to the provider; throws when the provider did not take it. */
    void send(Outgoing message) throws Exception;

    /** Hands one notice to the provider; only the channels that reach delegates (email, text message) take notices. */
    default void send(Notice notice) throws Exception {
        throw new UnsupportedOperationException(channel() + " sends no notices");
    }
}
