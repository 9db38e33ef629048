package org.quire.workgroup;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/** One line of the workgroup's roster as staff manage it: every member, whatever their status. */
public record RosterEntry(PersonKey person, String name, @Nullable String organization, WorkgroupRole role,
        MembershipStatus status) {
}
