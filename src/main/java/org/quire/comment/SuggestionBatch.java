package org.quire.comment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quire.proposal.Proposal;
import org.quire.proposal.SectionId;

/**
 * Suggestions a member accepts together: what stops them from being applied, and the text of each
 * section with its replacements made. Works on threads whose anchors were followed to the heads.
 */
final class SuggestionBatch {

    private static final int QUOTED = 40;

    private SuggestionBatch() {
    }

    /** One sentence per reason the suggestions cannot all be applied; empty when they can. */
    static List<String> problems(Proposal proposal, List<CommentThread> threads) {
        var problems = new ArrayList<String>();
        for (var thread : threads) {
            var suggestion = thread.suggestion();
            if (suggestion == null || !(thread.target() instanceof ThreadTarget.Passage passage)) {
                problems.add("A thread chosen is a comment, not a suggested edit.");
            } else if (!suggestion.pending()) {
                problems.add("The suggestion for " + quoted(passage) + " was "
                        + suggestion.status().label().toLowerCase(java.util.Locale.ROOT) + " already.");
            } else if (thread.status() != ThreadStatus.OPEN) {
                problems.add("The suggestion for " + quoted(passage) + " is on a resolved thread: reopen it first.");
            } else if (!passage.state().quoteUnchanged()) {
                problems.add("The text under the suggestion for " + quoted(passage) + " in “"
                        + proposal.section(passage.section()).title() + "” changed since it was made: look at it "
                        + "and suggest again, it cannot be applied as it is.");
            }
        }
        if (problems.isEmpty()) {
            bySection(proposal, threads).values().forEach(inSection -> overlaps(inSection, problems));
        }
        return problems;
    }

    /** The threads grouped by section in the proposal's order, each group by position in the text. */
    static Map<SectionId, List<CommentThread>> bySection(Proposal proposal, List<CommentThread> threads) {
        var groups = new LinkedHashMap<SectionId, List<CommentThread>>();
        proposal.currentSections().forEach(section -> groups.put(section.id(), new ArrayList<>()));
        for (var thread : threads) {
            groups.computeIfAbsent(passage(thread).section(), section -> new ArrayList<>()).add(thread);
        }
        groups.values().removeIf(List::isEmpty);
        groups.values().forEach(group -> group.sort(Comparator.comparingInt(t -> passage(t).anchor().start())));
        return groups;
    }

    /** {@code base} with each replacement made, the last passage first so the earlier positions hold. */
    static String applied(String base, List<CommentThread> inPositionOrder) {
        var text = new StringBuilder(base);
        for (var thread : inPositionOrder.reversed()) {
            var anchor = passage(thread).anchor();
            if (!base.substring(anchor.start(), anchor.end()).equals(anchor.quote())) {
                throw new IllegalStateException("Thread " + thread.id() + " does not quote its revision");
            }
            text.replace(anchor.start(), anchor.end(), thread.suggestion().replacement());
        }
        return text.toString();
    }

    static ThreadTarget.Passage passage(CommentThread thread) {
        return (ThreadTarget.Passage) thread.target();
    }

    private static void overlaps(List<CommentThread> inPositionOrder, List<String> problems) {
        for (int i = 1; i < inPositionOrder.size(); i++) {
            var before = passage(inPositionOrder.get(i - 1));
            var after = passage(inPositionOrder.get(i));
            if (after.anchor().start() < before.anchor().end()) {
                problems.add("The suggestions for " + quoted(before) + " and " + quoted(after)
                        + " change the same words: accept one, then look at the other again.");
            }
        }
    }

    private static String quoted(ThreadTarget.Passage passage) {
        var quote = passage.madeOn().quote().strip().replaceAll("\\s+", " ");
        return "“" + (quote.length() > QUOTED ? quote.substring(0, QUOTED - 1) + "…" : quote) + "”";
    }
}
