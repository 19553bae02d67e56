package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Who to write to about the registration; the secret edit link goes to this email. Never on the wire. */
public record Contact(@Size(max = 120) @PlainText String name,
                      @Email @Size(max = 200) String email,
                      @Size(max = 40) @InternationalPhone String phone) {
}
