package org.quire.workgroup;

import java.util.List;

/**
 * A workgroup: its charge is an ordered list of Markdown items; {@code proposalPrefix} starts the
 * numbers of its proposals ({@code TH-2026-001}).
 */
public record Workgroup(WorkgroupId id, String slug, String name, String description, List<String> charge,
        String proposalPrefix) {

    public Workgroup {
        charge = List.copyOf(charge);
    }
}
