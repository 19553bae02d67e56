package org.cqfriendship.logistics.support.web;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** How every email subject and text message starts, from any service: the conference's one short name ({@code support.conference.tag}). */
public final class ConferenceTag {

    private ConferenceTag() {
    }

    /** {@code "[CQ Friendship 2026] "} in the reader's language. */
    public static String of(MessageSource messages, Locale locale) {
        return "[" + messages.getMessage("support.conference.tag", null, locale) + "] ";
    }
}
