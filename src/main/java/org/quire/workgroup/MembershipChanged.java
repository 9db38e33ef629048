package org.quire.workgroup;

/** Announced after staff changed a member's role or status, or a request made someone a member. */
public record MembershipChanged(MembershipChange change) {
}
