package org.quire.workgroup;

import org.quire.shared.PersonKey;

public record MemberAdded(WorkgroupId workgroup, PersonKey person, WorkgroupRole role, PersonKey by) {
}
