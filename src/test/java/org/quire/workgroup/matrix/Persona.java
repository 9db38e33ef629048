package org.quire.workgroup.matrix;

import org.jspecify.annotations.Nullable;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.WorkgroupRole;

/**
 * Who calls in the permission matrix: each role of the workgroup under test, a suspended member,
 * the staff of another workgroup, a signed-in person with no role, and a Quire administrator with
 * no role in the workgroup.
 */
enum Persona {
    STAFF(WorkgroupRole.STAFF, MembershipStatus.ACTIVE),
    MEMBER(WorkgroupRole.MEMBER, MembershipStatus.ACTIVE),
    COMMENTER(WorkgroupRole.COMMENTER, MembershipStatus.ACTIVE),
    OBSERVER(WorkgroupRole.OBSERVER, MembershipStatus.ACTIVE),
    SUSPENDED_MEMBER(WorkgroupRole.MEMBER, MembershipStatus.SUSPENDED),
    OTHER_WORKGROUP_STAFF(null, null),
    NO_ROLE(null, null),
    ADMINISTRATOR(null, null);

    private final @Nullable WorkgroupRole role;
    private final @Nullable MembershipStatus status;

    Persona(@Nullable WorkgroupRole role, @Nullable MembershipStatus status) {
        this.role = role;
        this.status = status;
    }

    @Nullable WorkgroupRole role() {
        return role;
    }

    @Nullable MembershipStatus status() {
        return status;
    }

    String subject() {
        return "matrix-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
