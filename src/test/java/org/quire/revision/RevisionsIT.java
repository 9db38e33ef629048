package org.quire.revision;

import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.revision.SaveOutcome.Conflicted;
import org.quire.revision.SaveOutcome.Merged;
import org.quire.revision.SaveOutcome.Saved;
import org.quire.revision.SaveOutcome.Unchanged;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving, merging, conflicts, restore, history, diff and blame through the service on the real store. */
@QuireIntegrationTest
@RecordApplicationEvents
class RevisionsIT {

    static final PersonKey DANA = new PersonKey("https://login.example.org", "dana");
    static final PersonKey RAFAEL = new PersonKey("https://login.example.org", "rafael");
    static final PersonKey PRIYA = new PersonKey("https://login.example.org", "priya");

    static final String INTRO = "Codes 98000-98015 describe services using real-time interactive audio-video "
            + "technology.\n\nReport them only when the physician spends at least 20 minutes with the patient.\n";

    @Autowired
    Revisions revisions;
    @Autowired
    ApplicationEvents events;

    final DocumentId document = new DocumentId("section-" + UUID.randomUUID());

    @Test
    void savingOnTheHeadMakesTheNextRevisionAndTellsOthers() {
        var first = revisions.create(document, INTRO, DANA, "First draft");
        var outcome = revisions.save(document, 1, INTRO.replace("20 minutes", "16 minutes"), RAFAEL, "Shorter time");

        assertThat(first.number()).isEqualTo(1);
        assertThat(outcome).isInstanceOfSatisfying(Saved.class, saved -> {
            assertThat(saved.revision().number()).isEqualTo(2);
            assertThat(saved.revision().author()).isEqualTo(RAFAEL);
            assertThat(saved.revision().baseNumber()).isEqualTo(1);
            assertThat(saved.revision().lengthChange()).isZero();
            assertThat(saved.revision().merged()).isFalse();
        });
        assertThat(revisions.text(document, 2)).isEqualTo(INTRO.replace("20 minutes", "16 minutes"));
        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(2);
        assertThat(events.stream(RevisionSaved.class).filter(event -> event.document().equals(document)))
                .containsExactly(new RevisionSaved(document, 1, DANA), new RevisionSaved(document, 2, RAFAEL));
    }

    @Test
    void savingTheHeadTextAgainMakesNoEmptyRevision() {
        revisions.create(document, INTRO, DANA, "First draft");
        assertThat(revisions.save(document, 1, INTRO, RAFAEL, "")).isInstanceOfSatisfying(Unchanged.class,
                unchanged -> assertThat(unchanged.head().number()).isEqualTo(1));
        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(1);
    }

    @Test
    void aStaleBaseWithChangesElsewhereIsMergedAndNamesTheOtherAuthor() {
        revisions.create(document, INTRO, DANA, "First draft");
        revisions.save(document, 1, INTRO.replace("real-time", "synchronous"), RAFAEL, "Wording");

        var outcome = revisions.save(document, 1, INTRO.replace("20 minutes", "16 minutes"), PRIYA, "Time");

        assertThat(outcome).isInstanceOfSatisfying(Merged.class, merged -> {
            assertThat(merged.revision().number()).isEqualTo(3);
            assertThat(merged.revision().baseNumber()).isEqualTo(1);
            assertThat(merged.revision().merged()).isTrue();
            assertThat(merged.mergedWith()).extracting(Revision::author).containsExactly(RAFAEL);
        });
        assertThat(revisions.text(document, 3))
                .isEqualTo(INTRO.replace("real-time", "synchronous").replace("20 minutes", "16 minutes"));
    }

    @Test
    void aStaleBaseChangingTheSameWordsConflictsKeepsBothTextsAndStoresNothing() {
        revisions.create(document, INTRO, DANA, "First draft");
        var theirs = INTRO.replace("20 minutes", "30 minutes");
        revisions.save(document, 1, theirs, RAFAEL, "Longer");
        var mine = INTRO.replace("20 minutes", "16 minutes");

        var outcome = revisions.save(document, 1, mine, PRIYA, "Shorter");

        assertThat(outcome).isInstanceOfSatisfying(Conflicted.class, conflict -> {
            assertThat(conflict.baseNumber()).isEqualTo(1);
            assertThat(conflict.head().number()).isEqualTo(2);
            assertThat(conflict.base()).isEqualTo(INTRO);
            assertThat(conflict.theirs()).isEqualTo(theirs);
            assertThat(conflict.mine()).isEqualTo(mine);
            assertThat(conflict.regions()).singleElement().satisfies(region -> {
                assertThat(region.theirsIn(theirs)).isEqualTo("30");
                assertThat(region.mineIn(mine)).isEqualTo("16");
            });
        });
        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(2);
    }

    @Test
    void restoringMakesANewRevisionWithTheOldText() {
        revisions.create(document, INTRO, DANA, "First draft");
        revisions.save(document, 1, INTRO + "\nA third paragraph.\n", RAFAEL, "More");
        revisions.save(document, 2, "Rewritten entirely.\n", PRIYA, "Rewrite");

        var outcome = revisions.restore(document, 1, 3, DANA);

        assertThat(outcome).isInstanceOfSatisfying(Saved.class, saved -> {
            assertThat(saved.revision().number()).isEqualTo(4);
            assertThat(saved.revision().restoredFrom()).isEqualTo(1);
            assertThat(saved.revision().summary()).isEqualTo("Restored revision 1");
            assertThat(saved.revision().contentHash()).isEqualTo(revisions.revision(document, 1).contentHash());
        });
        assertThat(revisions.text(document, 4)).isEqualTo(INTRO);
        assertThat(revisions.text(document, 3)).isEqualTo("Rewritten entirely.\n");
    }

    @Test
    void historyIsNewestFirstInPagesWithAuthorSummaryAndSizeChange() {
        revisions.create(document, "one", DANA, "Start");
        for (int i = 2; i <= 7; i++) {
            revisions.save(document, i - 1, "one" + " more".repeat(i - 1), i % 2 == 0 ? RAFAEL : DANA, "Edit " + i);
        }

        var first = revisions.history(document, null, 3);
        var second = revisions.history(document, first.nextBefore(), 3);
        var last = revisions.history(document, second.nextBefore(), 3);

        assertThat(first.revisions()).extracting(Revision::number).containsExactly(7, 6, 5);
        assertThat(first.revisions().getFirst().summary()).isEqualTo("Edit 7");
        assertThat(first.revisions().getFirst().author()).isEqualTo(DANA);
        assertThat(first.revisions().getFirst().lengthChange()).isEqualTo(5);
        assertThat(second.revisions()).extracting(Revision::number).containsExactly(4, 3, 2);
        assertThat(last.revisions()).extracting(Revision::number).containsExactly(1);
        assertThat(last.nextBefore()).isNull();
        assertThat(revisions.history(new DocumentId("no-such-section"), null, 10).revisions()).isEmpty();
    }

    @Test
    void theDiffOfTwoRevisionsIsWordLevel() {
        revisions.create(document, INTRO, DANA, "First draft");
        revisions.save(document, 1, INTRO.replace("at least 20 minutes", "16 minutes or more"), RAFAEL, "Time");

        var diff = revisions.diff(document, 1, 2);

        assertThat(diff.before()).isEqualTo(INTRO);
        assertThat(diff.after()).isEqualTo(revisions.text(document, 2));
        assertThat(diff.segments()).filteredOn(segment -> segment.kind() != DiffSegment.Kind.EQUAL)
                .extracting(segment -> segment.kind() + " " + segment.text().strip())
                .containsExactly("DELETED at least 20", "INSERTED 16", "INSERTED or more");
        assertThat(diff.deletedWords()).isEqualTo(3);
        assertThat(diff.insertedWords()).isEqualTo(3);
    }

    @Test
    void blameNamesTheRevisionThatLastChangedEachParagraph() {
        revisions.create(document, "Intro.\n\nFirst paragraph.\n\nSecond paragraph.\n", DANA, "Start");
        revisions.save(document, 1, "Intro.\n\nFirst paragraph, by Rafael.\n\nSecond paragraph.\n", RAFAEL, "R");
        revisions.save(document, 2, "Intro.\n\nFirst paragraph, by Rafael.\n\nSecond paragraph.\n\nThird, by Priya.\n",
                PRIYA, "P");
        revisions.save(document, 3, "Intro, by Dana.\n\nFirst paragraph, by Rafael.\n\nSecond paragraph.\n\n"
                + "Third, by Priya.\n", DANA, "D");

        var blame = revisions.blame(document, 4);
        var atThree = revisions.blame(document, 3);

        assertThat(blame).extracting(line -> line.revision().number() + " " + line.text()).containsExactly(
                "4 Intro, by Dana.", "1 ", "2 First paragraph, by Rafael.", "1 ", "1 Second paragraph.", "3 ",
                "3 Third, by Priya.");
        assertThat(blame.get(2).revision().author()).isEqualTo(RAFAEL);
        assertThat(blame.get(2).lineNumber()).isEqualTo(3);
        assertThat(atThree.getFirst().revision().number()).isEqualTo(1);
    }

    @Test
    void textsAndSummariesOverTheLimitsAreRefusedAndNothingIsStored() {
        revisions.create(document, INTRO, DANA, "First draft");
        var tooLong = "x".repeat(Revisions.MAX_TEXT_BYTES + 1);

        assertThatThrownBy(() -> revisions.save(document, 1, tooLong, RAFAEL, "Big"))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 524,288 bytes (512 KB)");
        assertThatThrownBy(() -> revisions.save(document, 1, INTRO + "!", RAFAEL, "s".repeat(301)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 300");
        assertThatThrownBy(() -> revisions.create(new DocumentId("section-" + UUID.randomUUID()), tooLong, DANA, ""))
                .isInstanceOf(InputRejected.class);
        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(1);
    }

    @Test
    void unknownRevisionsAndDocumentsAreReportedAsSuch() {
        revisions.create(document, INTRO, DANA, "First draft");

        assertThatThrownBy(() -> revisions.text(document, 2)).isInstanceOf(RevisionNotFound.class);
        assertThatThrownBy(() -> revisions.save(document, 5, "x", DANA, "")).isInstanceOf(RevisionNotFound.class);
        assertThatThrownBy(() -> revisions.save(new DocumentId("nothing-" + UUID.randomUUID()), 1, "x", DANA, ""))
                .isInstanceOf(RevisionNotFound.class);
        assertThatThrownBy(() -> revisions.create(document, "again", DANA, ""))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMergeWithOnlyMyOwnEarlierSaveListsNoOthers() {
        revisions.create(document, INTRO, DANA, "First draft");
        revisions.save(document, 1, INTRO.replace("real-time", "synchronous"), DANA, "In one tab");

        var outcome = revisions.save(document, 1, INTRO.replace("20 minutes", "16 minutes"), DANA, "In another");

        assertThat(outcome).isInstanceOfSatisfying(Merged.class, merged -> assertThat(merged.mergedWith()).isEmpty());
    }

    @Test
    void anEmptySectionIsFilledByItsFirstSaveAndTwoFirstDraftsConflict() {
        revisions.create(document, "", DANA, "Section created");

        var first = revisions.save(document, 1, "Rafael's opening paragraph.\n", RAFAEL, "Draft");
        var second = revisions.save(document, 1, "Priya's opening paragraph.\n", PRIYA, "Draft");

        assertThat(revisions.text(document, 1)).isEmpty();
        assertThat(first).isInstanceOf(Saved.class);
        assertThat(second).isInstanceOfSatisfying(Conflicted.class, conflict -> {
            assertThat(conflict.base()).isEmpty();
            assertThat(conflict.mine()).isEqualTo("Priya's opening paragraph.\n");
        });
    }

    @Test
    void aLongTextKeepsEverySmallEditExactly() {
        var random = new Random(17);
        var text = SampleProse.text(random, 60_000);
        revisions.create(document, text, DANA, "Long");
        int at = text.indexOf(' ', 30_000);
        var edited = text.substring(0, at) + " remotely" + text.substring(at);

        revisions.save(document, 1, edited, RAFAEL, "One word");

        assertThat(revisions.text(document, 2)).isEqualTo(edited);
        assertThat(revisions.revision(document, 2).lengthChange()).isEqualTo(9);
    }
}
