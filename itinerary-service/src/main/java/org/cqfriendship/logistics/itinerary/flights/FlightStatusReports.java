package org.cqfriendship.logistics.itinerary.flights;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Where staff's reports go: the same topic as the airline feed, so one consumer handles both. */
public interface FlightStatusReports {

    /** Publishes the report and returns once the broker has it; throws if it could not. */
    String publish(FlightReport report);

    /** The broker did not take the report in time: nothing was published (503 on the API). */
    class NotPublished extends ErrorResponseException {
        public NotPublished(Throwable cause) {
            super(HttpStatus.SERVICE_UNAVAILABLE, cause);
            getBody().setDetail("The broker did not take the report in time; nothing was published. Please try again.");
        }
    }
}
