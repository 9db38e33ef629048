package org.quire.workgroup;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.identity.Disclosure;

/**
 * What staff see of one member: their standing, the disclosure their profile keeps (null when
 * never stated) with its confirmation date, their participation requests to this workgroup (newest
 * first, each with the disclosure given then) and their membership history (oldest first).
 *
 * @param disclosureOutdated true when the profile's disclosure is missing or due for confirmation
 */
public record MemberDetails(RosterEntry member, @Nullable Disclosure profileDisclosure,
        @Nullable Instant disclosureConfirmedAt, boolean disclosureOutdated, List<ParticipationRequest> requests,
        List<MembershipChange> history) {

    public MemberDetails {
        requests = List.copyOf(requests);
        history = List.copyOf(history);
    }
}
