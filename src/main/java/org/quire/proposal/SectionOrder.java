package org.quire.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Reordering among visible sections; removed sections keep their place relative to their neighbours. */
final class SectionOrder {

    private SectionOrder() {
    }

    static List<Section> move(List<Section> sections, SectionId id, int by) {
        var visible = sections.stream().filter(s -> !s.removed()).toList();
        int from = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(id)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new NoSuchElementException("This proposal has no such section.");
        }
        int to = Math.clamp((long) from + by, 0, visible.size() - 1);
        if (to == from) {
            return sections;
        }
        var reordered = new ArrayList<>(visible);
        reordered.add(to, reordered.remove(from));
        // Put the visible sections back into the visible slots, leaving removed ones where they were.
        var result = new ArrayList<Section>(sections.size());
        var next = reordered.iterator();
        for (var section : sections) {
            result.add(section.removed() ? section : next.next());
        }
        return result;
    }
}
