package org.cqfriendship.logistics.notification.confirmation;

import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.delegate.ContactCheck;
import org.cqfriendship.logistics.notification.delegate.ContactChecks;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.cqfriendship.logistics.notification.delivery.DeliverySettings;
import org.cqfriendship.logistics.notification.delivery.Dispatchers;
import org.cqfriendship.logistics.notification.delivery.Notice;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the requests to confirm an address ({@link ContactChecks}): a fixed text in the delegate's
 * language with the confirmation link, and nothing the registering party wrote (no name, no
 * delegation), so an address given by a stranger receives one plain request and nothing more.
 * Requests go through the channel's guard and the delegates' hourly caps; one the provider
 * failed is tried again later, waiting longer each time.
 */
@Component
class ConfirmationRequests extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationRequests.class);
    private static final int BATCH = 20;

    private final ContactChecks checks;
    private final DelegateDirectory delegates;
    private final Dispatchers dispatchers;
    private final ConfirmationLinks links;
    private final MessageSource messages;
    private final DeliverySettings settings;
    private final Clock clock;

    ConfirmationRequests(ContactChecks checks, DelegateDirectory delegates, Dispatchers dispatchers, ConfirmationLinks links,
                         MessageSource messages, DeliverySettings settings, Clock clock) {
        super("contact-confirmation", settings.pollInterval());
        this.checks = checks;
        this.delegates = delegates;
        this.dispatchers = dispatchers;
        this.links = links;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void poll() {
        List<ContactCheck> due = checks.due(clock.instant(), BATCH);
        if (due.isEmpty()) {
            return;
        }
        Map<String, Delegate> current = delegates.findAll(due.stream().map(ContactCheck::memberId).toList());
        for (ContactCheck check : due) {
            Delegate delegate = current.get(check.memberId());
            if (delegate == null) {
                continue; // written just before its delegate (never after one is forgotten, which removes it): next pass
            }
            if (!stillWanted(check, delegate)) {
                checks.done(check);
            } else if (!send(check)) {
                return; // the provider failed: the rest wait for the next pass
            }
        }
    }

    /** The delegate still has this address, and has not confirmed it meanwhile. */
    private static boolean stillWanted(ContactCheck check, Delegate delegate) {
        return check.kind() == ContactCheck.Kind.EMAIL
                ? check.address().equals(delegate.email()) && !delegate.emailConfirmed()
                : check.address().equals(delegate.phone()) && !delegate.phoneConfirmed();
    }

    private boolean send(ContactCheck check) {
        Channel channel = check.kind() == ContactCheck.Kind.EMAIL ? Channel.EMAIL : Channel.SMS;
        try {
            Optional<Instant> heldUntil = dispatchers.sendNotice(channel, notice(check), check.delegationId());
            if (heldUntil.isPresent()) {
                checks.retryAt(check, heldUntil.get(), "Held: over the hourly cap of sends to this delegate or delegation", false);
            } else {
                checks.done(check);
                log.info("Confirmation request for {} of member {} sent", check.kind(), check.memberId());
            }
            return true;
        } catch (Dispatchers.NoticeNotSent failure) {
            Instant retry = clock.instant().plus(settings.backoff(check.attempts() + 1));
            log.warn("Confirmation request for {} of member {} not sent, tried again at {}: {}", check.kind(), check.memberId(), retry,
                    failure.getMessage());
            checks.retryAt(check, retry, failure.getMessage(), true);
            return false;
        }
    }

    private Notice notice(ContactCheck check) {
        Locale locale = Locale.forLanguageTag(check.language() == null ? "en" : check.language());
        String link = links.linkFor(check);
        String key = "confirm:" + check.confirmationId();
        if (check.kind() == ContactCheck.Kind.EMAIL) {
            return new Notice(check.address(), locale, messages.getMessage("contact.request.subject", null, locale),
                    messages.getMessage("contact.request.email", new Object[] {link}, locale), key);
        }
        return new Notice(check.address(), locale, null, messages.getMessage("contact.request.sms", new Object[] {link}, locale), key);
    }
}
