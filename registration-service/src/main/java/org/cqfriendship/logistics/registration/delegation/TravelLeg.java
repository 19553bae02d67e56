package org.cqfriendship.logistics.registration.delegation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One way into or out of Chongqing. {@code port} is CKG (Chongqing Jiangbei airport), CQW
 * (Chongqing West station), CQN (Chongqing North station) or another place as written.
 */
public record TravelLeg(TravelMode mode, @Nullable String carrier, @Nullable String number, String port, Instant scheduledAt) {
}
