package org.cqfriendship.logistics.support.web;

import org.cqfriendship.logistics.support.testing.MessageFiles;
import org.junit.jupiter.api.Test;

class SupportMessagesTest {

    @Test
    void everyLanguageHasEveryKey() {
        MessageFiles.assertEveryLanguageHasEveryKey("support-messages");
    }
}
