package org.cqfriendship.logistics.accreditation.badges;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Set;

/** A delegation's badges for programme staff's tools: each member's current badge, its state and zones. */
@RestController
class BadgeApi {

    private final BadgeCards cards;

    BadgeApi(BadgeCards cards) {
        this.cards = cards;
    }

    record MemberBadge(String memberId, @Nullable String displayName, String role, @Nullable String number, String state, Set<String> zones,
                       List<String> revoked) {
    }

    @GetMapping("/api/delegations/{delegationId}/badges")
    List<MemberBadge> badges(@PathVariable String delegationId) {
        List<BadgeCards.Card> members = cards.of(delegationId, LocaleContextHolder.getLocale(), false);
        if (members.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return members.stream().map(card -> new MemberBadge(card.memberId(), card.displayName(), card.role(),
                card.badge() == null ? null : card.badge().number(), card.state(), card.zones(),
                card.earlier().stream().map(Badge::number).toList())).toList();
    }
}
