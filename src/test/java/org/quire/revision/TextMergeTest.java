package org.quire.revision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMergeTest {

    static final String BASE = "Report 99457 once per calendar month when the physician or other qualified "
            + "health care professional spends at least 20 minutes of interactive communication with the patient "
            + "or caregiver during the month, and do not report it with 99091 for the same period.";

    @Test
    void editsToDifferentWordsOfOneParagraphMergeCleanly() {
        var theirs = BASE.replace("at least 20 minutes", "at least 30 minutes");
        var mine = BASE.replace("or caregiver", "or family caregiver");

        assertThat(TextMerge.merge(BASE, theirs, mine)).isEqualTo(new TextMerge.Clean(
                BASE.replace("at least 20 minutes", "at least 30 minutes").replace("or caregiver",
                        "or family caregiver")));
    }

    @Test
    void editsToTheSameWordConflictAndKeepBothTexts() {
        var theirs = BASE.replace("20 minutes", "30 minutes");
        var mine = BASE.replace("20 minutes", "16 minutes");

        var outcome = TextMerge.merge(BASE, theirs, mine);

        assertThat(outcome).isInstanceOfSatisfying(TextMerge.Conflict.class, conflict -> {
            assertThat(conflict.theirs()).isEqualTo(theirs);
            assertThat(conflict.mine()).isEqualTo(mine);
            assertThat(conflict.base()).isEqualTo(BASE);
            assertThat(conflict.regions()).singleElement().satisfies(region -> {
                assertThat(region.theirsIn(theirs)).isEqualTo("30");
                assertThat(region.mineIn(mine)).isEqualTo("16");
            });
        });
    }

    @Test
    void aConflictsResolutionKeepsTheirChangesElsewhereAndMineInTheOverlap() {
        var theirs = BASE.replace("20 minutes", "30 minutes").replace("interactive communication",
                "interactive synchronous communication");
        var mine = BASE.replace("20 minutes", "16 minutes");

        assertThat(TextMerge.merge(BASE, theirs, mine)).isInstanceOfSatisfying(TextMerge.Conflict.class,
                conflict -> assertThat(conflict.resolution()).isEqualTo(BASE.replace("20 minutes", "16 minutes")
                        .replace("interactive communication", "interactive synchronous communication")));
    }

    @Test
    void insertionsAtTheSameSpotConflict() {
        var theirs = BASE.replace("interactive communication", "interactive synchronous communication");
        var mine = BASE.replace("interactive communication", "interactive real-time communication");

        assertThat(TextMerge.merge(BASE, theirs, mine)).isInstanceOfSatisfying(TextMerge.Conflict.class,
                conflict -> assertThat(conflict.regions()).singleElement().satisfies(region -> {
                    assertThat(region.theirsIn(theirs)).contains("synchronous");
                    assertThat(region.mineIn(mine)).contains("real-time");
                }));
    }

    @Test
    void theSameInsertionOnBothSidesIsNoConflict() {
        var both = BASE.replace("interactive communication", "interactive synchronous communication");
        assertThat(TextMerge.merge(BASE, both, both)).isEqualTo(new TextMerge.Clean(both));
    }

    @Test
    void deletionsElsewhereMergeWithEdits() {
        var theirs = BASE.replace(", and do not report it with 99091 for the same period", "");
        var mine = BASE.replace("Report 99457", "Report code 99457");

        assertThat(TextMerge.merge(BASE, theirs, mine)).isEqualTo(new TextMerge.Clean(
                "Report code 99457" + theirs.substring("Report 99457".length())));
    }

    @Test
    void aDeletionOverlappingAnEditConflicts() {
        var theirs = BASE.replace(", and do not report it with 99091 for the same period", "");
        var mine = BASE.replace("with 99091", "with 99091 or 99453");

        assertThat(TextMerge.merge(BASE, theirs, mine)).isInstanceOf(TextMerge.Conflict.class);
    }

    @Test
    void bothDeletingTheSameWordsIsNoConflict() {
        var both = BASE.replace(" calendar", "");
        assertThat(TextMerge.merge(BASE, both, both.replace("Report", "Bill"))).isEqualTo(new TextMerge.Clean(
                both.replace("Report", "Bill")));
    }

    @Test
    void changesInDifferentParagraphsMergeCleanly() {
        var base = "First paragraph about audio.\n\nSecond paragraph about video.\n";
        var theirs = "First paragraph about audio-only services.\n\nSecond paragraph about video.\n";
        var mine = "First paragraph about audio.\n\nSecond paragraph about real-time video.\n\nThird.\n";
        assertThat(TextMerge.merge(base, theirs, mine)).isEqualTo(new TextMerge.Clean(
                "First paragraph about audio-only services.\n\nSecond paragraph about real-time video.\n\nThird.\n"));
    }

    @Test
    void anUnchangedSideTakesTheOther() {
        assertThat(TextMerge.merge(BASE, BASE, "mine")).isEqualTo(new TextMerge.Clean("mine"));
        assertThat(TextMerge.merge(BASE, "theirs", BASE)).isEqualTo(new TextMerge.Clean("theirs"));
        assertThat(TextMerge.merge("", "", "new")).isEqualTo(new TextMerge.Clean("new"));
    }

    @Test
    void deletingEverythingAgainstAnEditConflicts() {
        assertThat(TextMerge.merge(BASE, BASE.replace("20", "30"), "")).isInstanceOfSatisfying(
                TextMerge.Conflict.class, conflict -> assertThat(conflict.mine()).isEmpty());
    }
}
