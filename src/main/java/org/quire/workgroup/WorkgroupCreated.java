package org.quire.workgroup;

import org.quire.shared.PersonKey;

public record WorkgroupCreated(WorkgroupId workgroup, String slug, PersonKey by) {
}
