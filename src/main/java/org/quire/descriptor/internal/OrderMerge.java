package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Three-way merge of an order (of families, or of a family's descriptors). What all three versions
 * hold keeps the order of the side that changed it ({@link ThreeWay}); everything else that stays
 * goes after what preceded it on the side it comes from, or first when nothing did.
 */
public final class OrderMerge {

    private OrderMerge() {
    }

    public record Result<T>(List<T> order, boolean conflict) {
    }

    /**
     * @param kept what the merged order holds; mine's additions are placed before theirs, so where
     *        both added after the same thing theirs come first
     */
    public static <T> Result<T> merge(List<T> base, List<T> theirs, List<T> mine, Collection<T> kept) {
        var keptSet = new HashSet<>(kept);
        var inBase = new HashSet<>(base);
        var inTheirs = new HashSet<>(theirs);
        var inMine = new HashSet<>(mine);
        Predicate<T> common = id -> keptSet.contains(id) && inBase.contains(id) && inTheirs.contains(id)
                && inMine.contains(id);
        var baseOrder = base.stream().filter(common).toList();
        var theirOrder = theirs.stream().filter(common).toList();
        var myOrder = mine.stream().filter(common).toList();
        var pick = ThreeWay.of(baseOrder, theirOrder, myOrder);
        var order = new ArrayList<>(pick.pick(theirOrder, myOrder));
        var placed = new HashSet<>(order);
        placeAfterPredecessors(order, placed, mine, keptSet);
        placeAfterPredecessors(order, placed, theirs, keptSet);
        for (var id : kept) {
            if (placed.add(id)) {
                order.add(id);
            }
        }
        return new Result<>(order, pick == ThreeWay.CONFLICT);
    }

    private static <T> void placeAfterPredecessors(List<T> order, Set<T> placed, List<T> side, Set<T> kept) {
        for (int i = 0; i < side.size(); i++) {
            var id = side.get(i);
            if (!kept.contains(id) || placed.contains(id)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                if (placed.contains(side.get(j))) {
                    at = order.indexOf(side.get(j)) + 1;
                    break;
                }
            }
            order.add(at, id);
            placed.add(id);
        }
    }
}
