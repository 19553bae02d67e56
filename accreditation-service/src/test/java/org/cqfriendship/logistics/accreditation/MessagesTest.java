package org.cqfriendship.logistics.accreditation;

import org.cqfriendship.logistics.support.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** Every page language has every text of this service. */
class MessagesTest {

    @Test
    void everyLanguageHasEveryKey() {
        MessageFiles.assertEveryLanguageHasEveryKey("messages");
    }
}
