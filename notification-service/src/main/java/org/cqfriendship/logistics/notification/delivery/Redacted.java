package org.cqfriendship.logistics.notification.delivery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provider addresses as they may be stored and shown: scheme and host only. A chat bot's webhook
 * URL carries its access key in the path or query, and a delivery's last error is shown to
 * coordinators and operations.
 */
final class Redacted {

    private static final Pattern URL = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)(?:[^/@\\s]*@)?([^/?#\\s]+)[^\\s\"']*");

    private Redacted() {
    }

    /** The URL as {@code scheme://host/…}. */
    static String url(String url) {
        return text(url);
    }

    /** The text with every URL in it cut to its scheme and host. */
    static String text(String text) {
        return URL.matcher(text).replaceAll(match -> {
            String rest = match.group().substring(match.group(1).length());
            boolean more = rest.contains("/") || rest.contains("?") || rest.contains("#") || rest.contains("@");
            return Matcher.quoteReplacement(match.group(1) + match.group(2) + (more ? "/…" : ""));
        });
    }
}
