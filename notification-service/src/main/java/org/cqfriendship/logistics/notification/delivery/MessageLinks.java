package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.acknowledge.AcknowledgeLinks;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.coordinator.Recipient;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.cqfriendship.logistics.support.security.RevokedLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The links a message carries, in its reader's language: the alert's acknowledgement link, and
 * where the reader opens the delegation's itinerary as a PDF (staff at the itinerary-service's
 * staff address, where they sign in; a delegate under the delegation's current secret link, as its
 * confirmation email has it). A link, not an attachment: the notification-service holds no
 * itinerary, and reading one from the itinerary-service while sending would tie this service's
 * delivery to that one's read API (docs/decisions.md, 67).
 */
@Component
class MessageLinks {

    private final AcknowledgeLinks acknowledgements;
    private final String itineraryBaseUrl;
    private final DelegationLinks links;
    private final RevokedLinks generations;

    MessageLinks(AcknowledgeLinks acknowledgements,
                 @Value("${notification.inbox.itinerary-base-url:http://localhost:8082}") String itineraryBaseUrl,
                 DelegationLinks links, RevokedLinks generations) {
        this.acknowledgements = acknowledgements;
        this.itineraryBaseUrl = itineraryBaseUrl;
        this.links = links;
        this.generations = generations;
    }

    String acknowledge(Alert alert, Recipient reader) {
        return acknowledgements.linkFor(alert.id(), reader.language());
    }

    /** The PDF of the alert's delegation for this reader, or an empty text for an alert about no delegation. */
    String itineraryPdf(Alert alert, Recipient reader) {
        if (alert.delegationId() == null) {
            return "";
        }
        String itinerary = Recipients.isDelegate(reader.id())
                ? "/d/" + links.tokenFor(alert.delegationId(), generations.current(alert.delegationId()))
                : "/itineraries/" + alert.delegationId();
        return itineraryBaseUrl + itinerary + "/itinerary.pdf?lang=" + reader.reader().locale().toLanguageTag();
    }
}
