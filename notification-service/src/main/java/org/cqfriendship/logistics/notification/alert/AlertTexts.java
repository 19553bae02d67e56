package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.notification.wording.Reader;
import org.cqfriendship.logistics.notification.wording.Wording;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** An alert in one reader's words: one change as it is, several as a digest headed by how many. */
@Component
public class AlertTexts {

    private final Wording wording;

    AlertTexts(Wording wording) {
        this.wording = wording;
    }

    public record Text(String title, String message) {
    }

    public Text of(Alert alert, Reader reader) {
        if (alert.parts().size() == 1) {
            Alert.Part only = alert.parts().get(0);
            return new Text(wording.of(only.title(), reader), wording.lines(only.lines(), reader));
        }
        String title = wording.of(Phrase.of("alert.digest.title", Phrase.Arg.number(alert.parts().size()),
                Phrase.Arg.text(alert.locality())), reader);
        String message = alert.parts().stream()
                .map(part -> "■ " + wording.of(part.title(), reader) + "\n" + wording.lines(part.lines(), reader))
                .collect(Collectors.joining("\n\n"));
        return new Text(title, message);
    }
}
