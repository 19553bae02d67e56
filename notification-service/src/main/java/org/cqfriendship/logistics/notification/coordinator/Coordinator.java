package org.cqfriendship.logistics.notification.coordinator;

/** A liaison officer, or the programme desk standing in for delegations nobody serves yet. */
public record Coordinator(String id, String name, String email, String language) {
}
