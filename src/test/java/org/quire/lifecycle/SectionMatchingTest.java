package org.quire.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quire.lifecycle.MilestoneComparison.SectionChange;
import org.quire.lifecycle.MilestoneComparison.Status;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.revision.TextDiff;

/** How two frozen section lists pair up, without a store: statuses, positions and reading order. */
class SectionMatchingTest {

    static final SectionMatching.Differ DIFFER = (section, from, to) -> TextDiff.between("revision " + from,
            "revision " + to);

    @Test
    void aRemovedSectionDoesNotMoveTheOnesAfterItAndStaysWhereItStood() {
        var changes = SectionMatching.compare(List.of(s("a", 1), s("b", 1), s("c", 1)), List.of(s("a", 1), s("c", 1)),
                DIFFER);

        assertThat(changes).extracting(c -> c.id().value(), SectionChange::statuses).containsExactly(
                tuple("a", Set.of(Status.UNCHANGED)), tuple("b", Set.of(Status.REMOVED)),
                tuple("c", Set.of(Status.UNCHANGED)));
    }

    @Test
    void aSectionRemovedFromTheStartIsListedFirstAndAnAddedOneWhereItNowIs() {
        var changes = SectionMatching.compare(List.of(s("a", 1), s("b", 1)), List.of(s("new", 1), s("b", 1)), DIFFER);

        assertThat(changes).extracting(c -> c.id().value(), SectionChange::statuses).containsExactly(
                tuple("a", Set.of(Status.REMOVED)), tuple("new", Set.of(Status.ADDED)),
                tuple("b", Set.of(Status.UNCHANGED)));
        assertThat(changes.get(1).positionAfter()).isEqualTo(1);
    }

    @Test
    void theSectionMovedFarIsTheOnlyOneMarkedAndStatusesCombine() {
        var changes = SectionMatching.compare(List.of(s("a", 1), s("b", 1), s("c", 1), s("d", 1)),
                List.of(new MilestoneSection(new SectionId("d"), SectionKind.OTHER, "D renamed", 3), s("a", 1),
                        s("b", 1), s("c", 1)), DIFFER);

        assertThat(changes).extracting(c -> c.id().value(), SectionChange::statuses).containsExactly(
                tuple("d", Set.of(Status.MOVED, Status.RENAMED, Status.CHANGED)), tuple("a", Set.of(Status.UNCHANGED)),
                tuple("b", Set.of(Status.UNCHANGED)), tuple("c", Set.of(Status.UNCHANGED)));
        assertThat(changes.getFirst().diff().after()).isEqualTo("revision 3");
        assertThat(changes.getFirst().title()).isEqualTo("D renamed");
    }

    @Test
    void ofTwoSwappedNeighboursTheOneThatStoodLaterIsMarkedMoved() {
        var changes = SectionMatching.compare(List.of(s("a", 1), s("b", 1), s("c", 1)),
                List.of(s("a", 1), s("c", 1), s("b", 1)), DIFFER);

        assertThat(changes).extracting(c -> c.id().value(), SectionChange::statuses).containsExactly(
                tuple("a", Set.of(Status.UNCHANGED)), tuple("c", Set.of(Status.MOVED)),
                tuple("b", Set.of(Status.UNCHANGED)));
    }

    private static MilestoneSection s(String id, int revision) {
        return new MilestoneSection(new SectionId(id), SectionKind.OTHER, id.toUpperCase(), revision);
    }
}
