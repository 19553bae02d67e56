package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OidcStaffTest {

    static OidcUser fromProvider(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "user-1");
        return new DefaultOidcUser(List.of(), new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all), "sub");
    }

    @Test
    void takesStaffRolesAndTheInboxFromTheProvidersClaims() {
        OidcStaff staff = new OidcStaff(new AccessProperties.Oidc("roles", "preferred_username", Map.of("li.na", "coord-li")));

        OidcUser user = staff.toStaff(fromProvider(Map.of("roles", List.of("coordinator", "Programme", "admin"),
                "preferred_username", "li.na", "name", "Li Na")));
        Caller caller = Callers.of(new TestingAuthenticationToken(user, null, List.copyOf(user.getAuthorities())));

        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.PROGRAMME);
        assertThat(caller.inbox()).isEqualTo("coord-li");
        assertThat(caller.displayName()).isEqualTo("Li Na");
    }

    @Test
    void neverGrantsTheDelegateRoleAndReadsASpaceSeparatedClaim() {
        OidcStaff staff = new OidcStaff(new AccessProperties.Oidc("groups", "email", Map.of()));

        OidcUser user = staff.toStaff(fromProvider(Map.of("groups", "delegate operations")));

        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OPERATIONS");
    }

    @Test
    void readsAnInboxOnlyWhenMappedAndACoordinator() {
        OidcStaff staff = new OidcStaff(new AccessProperties.Oidc("roles", "preferred_username", Map.of("li.na", "coord-li")));

        OidcUser namedLikeAnInbox = staff.toStaff(fromProvider(Map.of("roles", List.of("coordinator"), "preferred_username", "coord-li")));
        OidcUser notACoordinator = staff.toStaff(fromProvider(Map.of("roles", List.of("programme"), "preferred_username", "li.na")));

        assertThat(Callers.of(new TestingAuthenticationToken(namedLikeAnInbox, null, List.copyOf(namedLikeAnInbox.getAuthorities()))).inbox())
                .as("not in the mapping").isNull();
        assertThat(Callers.of(new TestingAuthenticationToken(notACoordinator, null, List.copyOf(notACoordinator.getAuthorities()))).inbox())
                .as("mapped, but no COORDINATOR role").isNull();
    }
}
