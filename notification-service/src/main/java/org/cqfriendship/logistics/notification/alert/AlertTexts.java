package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.notification.wording.Reader;
import org.cqfriendship.logistics.notification.wording.Wording;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert in one reader's words: one change as it is, several as a digest headed by how many;
 * changes a later one undid are left out, and a digest of nothing but undone changes says so.
 */
@Component
public class AlertTexts {

    private final Wording wording;

    AlertTexts(Wording wording) {
        this.wording = wording;
    }

    public record Text(String title, String message) {
    }

    public Text of(Alert alert, Reader reader) {
        List<Alert.Part> told = alert.netParts();
        if (told.isEmpty()) {
            return new Text(wording.of(Phrase.of("alert.digest.undone.title", Phrase.Arg.text(alert.locality())), reader),
                    wording.of(Phrase.of("alert.digest.undone", Phrase.Arg.number(alert.parts().size())), reader));
        }
        if (told.size() == 1) {
            Alert.Part only = told.get(0);
            return new Text(wording.of(only.title(), reader), wording.lines(only.lines(), reader));
        }
        String title = wording.of(Phrase.of("alert.digest.title", Phrase.Arg.number(told.size()),
                Phrase.Arg.text(alert.locality())), reader);
        String message = told.stream()
                .map(part -> "■ " + wording.of(part.title(), reader) + "\n" + wording.lines(part.lines(), reader))
                .collect(Collectors.joining("\n\n"));
        return new Text(title, message);
    }
}
