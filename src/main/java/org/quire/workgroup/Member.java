package org.quire.workgroup;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/** A member as the workgroup home lists them. */
public record Member(PersonKey person, String name, @Nullable String organization, WorkgroupRole role) {
}
