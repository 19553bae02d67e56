package org.cqfriendship.logistics.registration.delegation;

import java.time.Instant;

/**
 * How and when a member arrives. {@code port} is CKG (Chongqing Jiangbei airport), CQW (Chongqing
 * West station), CQN (Chongqing North station) or another place as written.
 */
public record Arrival(TravelMode mode, String carrier, String number, String port, Instant scheduledAt) {
}
