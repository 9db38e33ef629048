package org.quire.workgroup;

import java.util.List;

/**
 * A workgroup: its charge is an ordered list of Markdown items.
 */
public record Workgroup(WorkgroupId id, String slug, String name, String description, List<String> charge) {

    public Workgroup {
        charge = List.copyOf(charge);
    }
}
