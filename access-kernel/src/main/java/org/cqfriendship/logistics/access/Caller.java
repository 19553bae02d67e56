package org.cqfriendship.logistics.access;

import java.util.Set;

/**
 * Who is calling, as the services' own rules need it: a staff member with roles and an inbox, a
 * delegation through its secret link, or nobody. (How a request becomes a caller is the web's
 * business: {@code Callers} in service-web.)
 *
 * @param name         the account, or {@code delegation:<id>}, or {@code anonymous}
 * @param inbox        the coordinator inbox a staff member reads, if any
 * @param delegationId the one delegation a secret link grants, if any
 */
public record Caller(String name, String displayName, Set<Role> roles, String inbox, String delegationId) {

    public static final Caller ANONYMOUS = new Caller("anonymous", "anonymous", Set.of(), null, null);

    public boolean isAnonymous() {
        return this == ANONYMOUS || roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Reads this inbox: it is the caller's own. */
    public boolean readsInbox(String inboxId) {
        return inbox != null && inbox.equals(inboxId);
    }

    /**
     * May see this delegation: its own link, programme staff, or the coordinator it is assigned to
     * (the notification inbox of the programme desk serves delegations without a coordinator).
     */
    public boolean maySee(String delegationId, String coordinatorId) {
        return has(Role.PROGRAMME)
                || (delegationId != null && delegationId.equals(this.delegationId))
                || (has(Role.COORDINATOR) && coordinatorId != null && coordinatorId.equals(inbox));
    }

    /** May change this delegation's registration: its own link, or programme staff on its behalf. */
    public boolean mayChange(String delegationId) {
        return has(Role.PROGRAMME) || (delegationId != null && delegationId.equals(this.delegationId));
    }
}
