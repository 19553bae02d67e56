package org.cqfriendship.logistics.accreditation.access;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where signing in lands: the desk's scanning page, the office's badges, the operations board, or the account page. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        Caller caller = Callers.current();
        return "redirect:" + (caller.has(Role.DESK) ? "/desk" : caller.has(Role.PROGRAMME) ? "/badges"
                : caller.has(Role.OPERATIONS) ? "/board" : "/account");
    }
}
