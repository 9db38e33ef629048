package org.quire.workgroup;

/** Only ACTIVE memberships grant anything; the others are kept for the record. */
public enum MembershipStatus {
    ACTIVE,
    SUSPENDED,
    REMOVED
}
