package org.cqfriendship.logistics.itinerary.flights;

/** Where staff's reports go: the same topic as the airline feed, so one consumer handles both. */
public interface FlightStatusReports {

    /** Publishes the report and returns once the broker has it; throws if it could not. */
    String publish(FlightReport report);

    /** The broker did not take the report in time: nothing was published (503 on the API). */
    class NotPublished extends org.springframework.web.ErrorResponseException {
        public NotPublished(Throwable cause) {
            super(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, cause);
            getBody().setDetail("The broker did not take the report in time; nothing was published. Please try again.");
        }
    }
}
