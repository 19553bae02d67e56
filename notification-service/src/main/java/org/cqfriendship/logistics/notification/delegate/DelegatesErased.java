package org.cqfriendship.logistics.notification.delegate;

import java.util.List;

/** These members asked to be forgotten, and the directory forgot them: whatever else holds them deletes it too. */
public record DelegatesErased(List<String> memberIds) {
}
