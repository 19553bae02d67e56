package org.cqfriendship.logistics.registration.pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an entry of a form's error summary says before the problem: which member and which field
 * ("Member 2 · Family name"), in the page's language; and where its link goes (the field, or for a
 * problem with the members as a whole, the members' own message). Used by the pages as
 * {@code @errorLabels}.
 */
@Component("errorLabels")
public class ErrorLabels {

    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\.?(.*)");
    private final MessageSource messages;

    ErrorLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(String fieldName) {
        Matcher member = MEMBER.matcher(fieldName);
        String field = member.matches() ? member.group(2) : fieldName;
        String label = field.isEmpty() ? null : message("field." + leaf(field));
        String who = member.matches() ? message("member.heading", Integer.parseInt(member.group(1)) + 1) : null;
        if (who == null) {
            return label == null ? "" : label;
        }
        return label == null ? who : who + " · " + label;
    }

    /** The id of the element the entry's link goes to. */
    public String target(String fieldName) {
        if (fieldName.equals("members")) {
            return "members-error";
        }
        return fieldName.replace("[", "").replace("]", "");
    }

    private static String leaf(String field) {
        String plain = field.replaceAll("\\[\\d+]", "");
        return plain.contains(".") ? plain.substring(plain.lastIndexOf('.') + 1) : plain;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, null, LocaleContextHolder.getLocale());
    }
}
