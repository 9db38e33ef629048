package org.quire.descriptor;

import org.jspecify.annotations.Nullable;

/** How a code family changed: added, removed, renamed or moved among the families. */
public record FamilyChange(CodeFamilyId id, DescriptorChange.Kind kind, @Nullable String nameBefore,
        @Nullable String nameAfter, boolean moved) {
}
