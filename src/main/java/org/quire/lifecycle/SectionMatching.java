package org.quire.lifecycle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.MilestoneComparison.SectionChange;
import org.quire.lifecycle.MilestoneComparison.Status;
import org.quire.proposal.SectionId;
import org.quire.revision.TextDiff;

/**
 * Pairs the sections of two frozen proposals by id. A section counts as MOVED only when it left the
 * longest run of sections that kept their relative order: removing or adding a section does not
 * move the ones after it, and moving one section far marks that one alone. (A swap of neighbours
 * is ambiguous; the one that stood later before is the one marked.)
 */
final class SectionMatching {

    /** The word diff of one section's text between two of its revisions. */
    interface Differ {
        TextDiff diff(SectionId section, int fromRevision, int toRevision);
    }

    private SectionMatching() {
    }

    static List<SectionChange> compare(List<MilestoneSection> from, List<MilestoneSection> to, Differ differ) {
        var before = byId(from);
        var after = byId(to);
        var kept = keptInOrder(from.stream().map(MilestoneSection::id).filter(after::containsKey).toList(),
                to.stream().map(MilestoneSection::id).filter(before::containsKey).toList());
        var changes = new ArrayList<SectionChange>();
        removedWhere(from, after, null, changes);
        for (int i = 0; i < to.size(); i++) {
            var now = to.get(i);
            var then = before.get(now.id());
            changes.add(then == null
                    ? new SectionChange(now.id(), EnumSet.of(Status.ADDED), null, 0, now, i + 1, null)
                    : both(then, from.indexOf(then) + 1, now, i + 1, !kept.contains(now.id()), differ));
            removedWhere(from, after, now.id(), changes);
        }
        return changes;
    }

    private static SectionChange both(MilestoneSection then, int positionBefore, MilestoneSection now,
            int positionAfter, boolean moved, Differ differ) {
        var statuses = EnumSet.noneOf(Status.class);
        if (moved) {
            statuses.add(Status.MOVED);
        }
        if (!then.title().equals(now.title())) {
            statuses.add(Status.RENAMED);
        }
        TextDiff diff = null;
        if (then.revision() != now.revision()) {
            statuses.add(Status.CHANGED);
            diff = differ.diff(now.id(), then.revision(), now.revision());
        }
        if (statuses.isEmpty()) {
            statuses.add(Status.UNCHANGED);
        }
        return new SectionChange(now.id(), statuses, then, positionBefore, now, positionAfter, diff);
    }

    /**
     * Adds the removed sections that stood right after {@code anchor} in the older order (after no
     * surviving section when {@code anchor} is null, i.e. at the very start).
     */
    private static void removedWhere(List<MilestoneSection> from, Map<SectionId, MilestoneSection> after,
            @Nullable SectionId anchor, List<SectionChange> changes) {
        SectionId lastSurviving = null;
        for (int i = 0; i < from.size(); i++) {
            var section = from.get(i);
            if (after.containsKey(section.id())) {
                lastSurviving = section.id();
            } else if (anchor == null ? lastSurviving == null : anchor.equals(lastSurviving)) {
                changes.add(new SectionChange(section.id(), EnumSet.of(Status.REMOVED), section, i + 1, null, 0,
                        null));
            }
        }
    }

    /** The sections of the longest common subsequence of both orders (those in both only). */
    static Set<SectionId> keptInOrder(List<SectionId> older, List<SectionId> newer) {
        int n = older.size();
        int m = newer.size();
        var length = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                length[i][j] = older.get(i - 1).equals(newer.get(j - 1)) ? length[i - 1][j - 1] + 1
                        : Math.max(length[i - 1][j], length[i][j - 1]);
            }
        }
        var kept = new HashSet<SectionId>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (older.get(i - 1).equals(newer.get(j - 1))) {
                kept.add(older.get(i - 1));
                i--;
                j--;
            } else if (length[i - 1][j] >= length[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return kept;
    }

    private static Map<SectionId, MilestoneSection> byId(List<MilestoneSection> sections) {
        var map = new LinkedHashMap<SectionId, MilestoneSection>();
        sections.forEach(section -> map.put(section.id(), section));
        return map;
    }
}
