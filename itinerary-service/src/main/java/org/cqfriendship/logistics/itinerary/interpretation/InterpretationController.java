package org.cqfriendship.logistics.itinerary.interpretation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Per session, the languages needed by those signed up against the interpreters available, gaps flagged. */
@RestController
class InterpretationController {

    private final InterpretationGaps gaps;

    InterpretationController(InterpretationGaps gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/api/interpretation")
    List<SessionLanguages> sessions() {
        return gaps.sessions();
    }
}
