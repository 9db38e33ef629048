package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Orders of ids compared as a person sees them: what moved, and where removed things stood. */
public final class CommonOrder {

    private CommonOrder() {
    }

    /**
     * The ids in both lists that moved: those outside a longest common subsequence, so inserting or
     * removing one thing does not make everything after it look moved, and moving one thing marks
     * only that thing (where two readings are as short, which one is a matter of choice).
     */
    public static <T> Set<T> moved(List<T> from, List<T> to) {
        var inFrom = new HashSet<>(from);
        var inTo = new HashSet<>(to);
        var a = from.stream().filter(inTo::contains).toList();
        var b = to.stream().filter(inFrom::contains).toList();
        int n = a.size();
        int m = b.size();
        var length = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        var stayed = new HashSet<T>();
        for (int i = 0, j = 0; i < n && j < m;) {
            if (a.get(i).equals(b.get(j))) {
                stayed.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        var moved = new HashSet<>(a);
        moved.removeAll(stayed);
        return moved;
    }

    /** The newer list with each id only in the older one put back after what preceded it there. */
    public static <T> List<T> withRemoved(List<T> from, List<T> to) {
        var kept = new HashSet<>(to);
        var leading = new ArrayList<T>();
        Map<T, List<T>> following = new HashMap<>();
        @Nullable T anchor = null;
        for (var id : from) {
            if (kept.contains(id)) {
                anchor = id;
            } else if (anchor == null) {
                leading.add(id);
            } else {
                following.computeIfAbsent(anchor, key -> new ArrayList<>()).add(id);
            }
        }
        var result = new ArrayList<>(leading);
        for (var id : to) {
            result.add(id);
            result.addAll(following.getOrDefault(id, List.of()));
        }
        return result;
    }
}
