package org.cqfriendship.logistics.accreditation.badges;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.accreditation.roster.Person;
import org.cqfriendship.logistics.accreditation.roster.Roster;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.accreditation.zones.ZoneAccess;
import org.cqfriendship.logistics.support.pdf.PdfRendering;
import org.cqfriendship.logistics.support.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The accreditation office's pages (programme staff): each delegation's badges with their state,
 * printing (one badge or all, on A6 or four to an A4 badge-stock sheet), a lost badge reissued,
 * a badge handed over, a zone granted or withdrawn. And the delegation's own view of its badges,
 * through its secret link.
 */
@Controller
class BadgeController {

    private final BadgeCards cards;
    private final Badges badges;
    private final Roster roster;
    private final ZoneAccess zones;
    private final AccreditationSettings settings;
    private final PdfRendering pdf;

    BadgeController(BadgeCards cards, Badges badges, Roster roster, ZoneAccess zones, AccreditationSettings settings,
                    PdfRendering pdf) {
        this.cards = cards;
        this.badges = badges;
        this.roster = roster;
        this.zones = zones;
        this.settings = settings;
        this.pdf = pdf;
    }

    /** A delegation in the office's list. */
    public record DelegationEntry(String delegationId, @Nullable String locality, @Nullable String country, long members) {
    }

    @GetMapping("/badges")
    String delegations(Model model) {
        Map<String, DelegationEntry> entries = new TreeMap<>();
        for (Person person : roster.everyone()) {
            if (person.role() == null) {
                continue;
            }
            entries.merge(person.delegationId(), new DelegationEntry(person.delegationId(), person.locality(), person.country(), 1),
                    (a, b) -> new DelegationEntry(a.delegationId(), a.locality(), a.country(), a.members() + 1));
        }
        model.addAttribute("delegations", entries.values().stream()
                .sorted(Comparator.comparing(e -> e.locality() == null ? "" : e.locality())).toList());
        return "badges";
    }

    @GetMapping("/badges/{delegationId}")
    String delegation(@PathVariable String delegationId, Model model) {
        List<BadgeCards.Card> members = cards.of(delegationId, LocaleContextHolder.getLocale(), false);
        if (members.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("delegationId", delegationId);
        model.addAttribute("cards", members);
        model.addAttribute("zones", settings.zones().keySet());
        model.addAttribute("staff", true);
        return "delegation-badges";
    }

    @GetMapping("/d/{token}/badges")
    String forDelegation(@PathVariable String token, Model model) {
        String delegationId = Callers.current().delegationId();
        List<BadgeCards.Card> members = delegationId == null ? List.of() : cards.of(delegationId, LocaleContextHolder.getLocale(), false);
        if (members.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("delegationId", delegationId);
        model.addAttribute("cards", members);
        model.addAttribute("staff", false);
        return "delegation-badges";
    }

    @GetMapping("/badges/{delegationId}/badges.pdf")
    ResponseEntity<byte[]> print(@PathVariable String delegationId, @RequestParam(defaultValue = "a6") String layout,
                                 @RequestParam(required = false) String member) {
        Locale locale = LocaleContextHolder.getLocale();
        List<BadgeCards.Card> printable = cards.of(delegationId, locale, true).stream()
                .filter(card -> card.qr() != null && (member == null || member.equals(card.memberId()))).toList();
        if (printable.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean stock = "stock".equals(layout);
        String name = (printable.get(0).locality() == null ? "badges" : printable.get(0).locality() + " badges")
                + (member == null ? "" : " " + printable.get(0).displayName());
        ResponseEntity<byte[]> document = pdf.download("badges", name, locale, Map.of("cards", printable, "stock", stock,
                "sheets", stock ? sheetsOf(printable) : List.of()));
        // A card gets a QR code only with an active badge, so every printable card has one.
        badges.printed(printable.stream().map(card -> Objects.requireNonNull(card.badge()).number()).toList());
        return document;
    }

    @PostMapping("/badges/{delegationId}/members/{memberId}/reissue")
    String reissue(@PathVariable String delegationId, @PathVariable String memberId, RedirectAttributes flash) {
        memberOf(delegationId, memberId);
        badges.reissue(memberId);
        flash.addFlashAttribute("notice", "badges.reissued");
        return "redirect:/badges/" + delegationId;
    }

    @PostMapping("/badges/{delegationId}/badges/{number}/collected")
    String collected(@PathVariable String delegationId, @PathVariable String number, RedirectAttributes flash) {
        Badge badge = badges.byNumber(number).filter(b -> b.delegationId().equals(delegationId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        flash.addFlashAttribute("notice", badges.collected(badge.number()) ? "badges.collected" : "badges.notCollectable");
        return "redirect:/badges/" + delegationId;
    }

    @PostMapping("/badges/{delegationId}/members/{memberId}/zones")
    String zone(@PathVariable String delegationId, @PathVariable String memberId, @RequestParam String zone,
                @RequestParam boolean allowed, RedirectAttributes flash) {
        memberOf(delegationId, memberId);
        if (!settings.zones().containsKey(zone)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        zones.set(memberId, zone, allowed);
        flash.addFlashAttribute("notice", allowed ? "badges.zoneGranted" : "badges.zoneWithdrawn");
        return "redirect:/badges/" + delegationId;
    }

    private Person memberOf(String delegationId, String memberId) {
        return roster.person(memberId).filter(person -> person.delegationId().equals(delegationId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Badge stock: four A6 badges to an A4 sheet. */
    private static List<List<BadgeCards.Card>> sheetsOf(List<BadgeCards.Card> cards) {
        List<List<BadgeCards.Card>> sheets = new ArrayList<>();
        for (int i = 0; i < cards.size(); i += 4) {
            sheets.add(cards.subList(i, Math.min(i + 4, cards.size())));
        }
        return sheets;
    }
}
