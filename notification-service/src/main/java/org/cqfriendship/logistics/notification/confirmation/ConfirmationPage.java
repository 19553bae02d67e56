package org.cqfriendship.logistics.notification.confirmation;

import jakarta.servlet.http.HttpServletResponse;
import org.cqfriendship.logistics.notification.delegate.ContactCheck;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Optional;

/**
 * Where the link in a confirmation request leads: which address alerts would go to (partly
 * hidden), and a button that confirms it. Opening the link only shows it (mail scanners open links
 * too); the button posts. A link for an address the delegate no longer has confirms nothing.
 */
@Controller
class ConfirmationPage {

    private final ConfirmationLinks links;
    private final DelegateDirectory delegates;

    ConfirmationPage(ConfirmationLinks links, DelegateDirectory delegates) {
        this.links = links;
        this.delegates = delegates;
    }

    @GetMapping("/contacts/confirm/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(current(token), false, model, response);
    }

    @PostMapping("/contacts/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Pending> pending = current(token);
        boolean confirmed = pending.isPresent() && delegates.confirm(pending.get().confirmation().memberId(),
                pending.get().confirmation().kind(), pending.get().confirmation().addressDigest());
        return page(pending, confirmed, model, response);
    }

    /** What a genuine link names, while the delegate still has that address. */
    private record Pending(ConfirmationLinks.Confirmation confirmation, String address, boolean confirmed) {
    }

    private Optional<Pending> current(String token) {
        return links.of(token).flatMap(confirmation -> delegates.find(confirmation.memberId()).flatMap(delegate -> {
            boolean email = confirmation.kind() == ContactCheck.Kind.EMAIL;
            String address = email ? delegate.email() : delegate.phone();
            if (address == null || !ContactCheck.digestOf(address).equals(confirmation.addressDigest())) {
                return Optional.empty();
            }
            return Optional.of(new Pending(confirmation, address, email ? delegate.emailConfirmed() : delegate.phoneConfirmed()));
        }));
    }

    private static String page(Optional<Pending> pending, boolean justConfirmed, Model model, HttpServletResponse response) {
        if (pending.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "confirm-contact";
        }
        model.addAttribute("address", masked(pending.get().address()));
        model.addAttribute("confirmed", justConfirmed || pending.get().confirmed());
        return "confirm-contact";
    }

    /** Enough of the address to recognise it, not enough to learn it from a forwarded link. */
    static String masked(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "•••" + address.substring(at);
        }
        String digits = address.strip();
        return digits.length() <= 6 ? "•••" : digits.substring(0, 4) + "•••" + digits.substring(digits.length() - 2);
    }
}
