package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Role;
import org.springframework.security.core.userdetails.User;

import java.util.Set;

/** A staff account signed in with a password: its roles and the inbox it reads. */
public class StaffUser extends User {

    private final String displayName;
    private final String inbox;

    StaffUser(String username, AccessProperties.Account account) {
        super(username, account.password(), (account.roles() == null ? Set.<Role>of() : account.roles()).stream().map(Callers::authority).toList());
        this.displayName = account.name() == null ? username : account.name();
        this.inbox = account.inbox();
    }

    public String displayName() {
        return displayName;
    }

    public String inbox() {
        return inbox;
    }
}
