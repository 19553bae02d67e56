package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

/** What a delegation sends to register. Rules spanning several fields live in {@link DelegationRules}. */
@ValidDelegation
public record DelegationRequest(
        @NotBlank @Size(max = 200) String locality,
        @NotBlank @IsoCountry String country,
        @NotNull DelegationKind kind,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{delegation.coordinatorId.pattern}") String coordinatorId,
        @Size(max = 2000) String notes,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid MemberRequest> members) {

    public record MemberRequest(
            @NotNull MemberRole role,
            @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Valid ArrivalRequest arrival,
            @Size(max = 20) List<@NotBlank String> attends) {

        public List<String> attendsOrEmpty() {
            return attends == null ? List.of() : attends;
        }
    }

    public record ArrivalRequest(
            @NotNull TravelMode mode,
            @Size(max = 3) String carrier,
            @Size(max = 8) String number,
            @NotBlank @Size(max = 60) String port,
            @NotNull OffsetDateTime scheduledAt) {
    }
}
