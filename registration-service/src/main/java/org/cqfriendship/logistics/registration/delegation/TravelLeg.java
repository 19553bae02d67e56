package org.cqfriendship.logistics.registration.delegation;

import java.time.Instant;

/**
 * One way into or out of Chongqing. {@code port} is CKG (Chongqing Jiangbei airport), CQW
 * (Chongqing West station), CQN (Chongqing North station) or another place as written.
 */
public record TravelLeg(TravelMode mode, String carrier, String number, String port, Instant scheduledAt) {
}
