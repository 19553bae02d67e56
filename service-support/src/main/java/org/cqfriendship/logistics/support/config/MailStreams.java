package org.cqfriendship.logistics.support.config;

/**
 * Names Jakarta Mail's stream provider up front. Without the name, Jakarta Mail 2.1 looks it up
 * with a {@link java.util.ServiceLoader} on every header it encodes and every body it writes
 * (jakartaee/mail-api#861), and inside a Boot jar each lookup walks every nested jar: a third of
 * the notification-service's CPU under load went there. Named, the lookup is one class by name.
 */
public final class MailStreams {

    static final String PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Call first in {@code main}; a provider already named (a system property) is kept. */
    public static void nameProvider() {
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, ANGUS_PROVIDER);
        }
    }
}
