package org.quire.workgroup;

import org.quire.shared.PersonKey;

/**
 * Announced at every start with demo data, once the demo workgroup and its memberships exist, so
 * other modules can seed what belongs to them (each checks what exists first).
 *
 * @param staff the demo staff account, author of seeded content
 * @param member the demo member account
 * @param commenter the demo commenter account, of a specialty society
 */
public record DemoWorkgroupReady(WorkgroupId workgroup, String proposalPrefix, PersonKey staff, PersonKey member,
        PersonKey commenter) {
}
