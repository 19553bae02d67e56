package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The login page (in the five page languages) and the page staff land on, with where they can go. */
@Controller
class StaffPages {

    private final ObjectProvider<StaffLink> links;
    private final ObjectProvider<ClientRegistrationRepository> providers;

    StaffPages(ObjectProvider<StaffLink> links, ObjectProvider<ClientRegistrationRepository> providers) {
        this.links = links;
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<Map<String, String>> oidc = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                oidc.add(Map.of("name", client.getClientName(), "url", "/oauth2/authorization/" + client.getRegistrationId()));
            }
        }
        model.addAttribute("providers", oidc);
        return "support/login";
    }

    @GetMapping("/account")
    String account(Model model) {
        Caller caller = Callers.current();
        List<Map<String, String>> places = new ArrayList<>();
        for (StaffLink link : links.orderedStream().toList()) {
            if (link.shownTo().test(caller)) {
                places.add(Map.of("code", link.messageCode(), "path", link.path().apply(caller)));
            }
        }
        if (caller.has(Role.OPERATIONS)) {
            places.add(Map.of("code", "account.audit", "path", "/audit"));
        }
        model.addAttribute("caller", caller);
        model.addAttribute("places", places);
        return "support/account";
    }
}
