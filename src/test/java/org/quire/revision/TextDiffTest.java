package org.quire.revision;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quire.revision.DiffSegment.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

    @Test
    void aChangedWordIsTheOnlyChangeInALongParagraph() {
        var diff = TextDiff.between("Report 99457 once per calendar month for remote monitoring.",
                "Report 99457 once per 30 days for remote monitoring.");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "Report 99457 once per "),
                new DiffSegment(Kind.DELETED, "calendar month"),
                new DiffSegment(Kind.INSERTED, "30 days"),
                new DiffSegment(Kind.EQUAL, " for remote monitoring."));
        assertThat(diff.deletedWords()).isEqualTo(2);
        assertThat(diff.insertedWords()).isEqualTo(2);
    }

    @Test
    void punctuationAndSpacesAreChangesOfTheirOwn() {
        var diff = TextDiff.between("time, minutes", "time; minutes");
        assertThat(diff.segments()).containsExactly(new DiffSegment(Kind.EQUAL, "time"),
                new DiffSegment(Kind.DELETED, ","), new DiffSegment(Kind.INSERTED, ";"),
                new DiffSegment(Kind.EQUAL, " minutes"));
        assertThat(diff.insertedWords()).isZero();
        assertThat(diff.deletedWords()).isZero();
    }

    @Test
    void anInsertionLeavesTheRestEqual() {
        var diff = TextDiff.between("audio video", "audio and video");
        assertThat(diff.segments()).extracting(DiffSegment::kind).containsExactly(Kind.EQUAL, Kind.INSERTED,
                Kind.EQUAL);
        assertThat(diff.insertedWords()).isEqualTo(1);
    }

    @Test
    void equalTextsAreUnchanged() {
        var text = SampleProse.text(new Random(5), 3_000);
        var diff = TextDiff.between(text, text);
        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.segments()).containsExactly(new DiffSegment(Kind.EQUAL, text));
        assertThat(TextDiff.between("", "").segments()).isEmpty();
    }

    @Test
    void bothSidesAreGivenBackExactly() {
        var random = new Random(7);
        for (int round = 0; round < 300; round++) {
            var before = SampleProse.text(random, random.nextInt(4_000));
            var after = round % 7 == 0 ? SampleProse.text(random, random.nextInt(4_000)) : edited(random, before);
            var diff = TextDiff.between(before, after);
            assertThat(diff.before()).as("round %d", round).isEqualTo(before);
            assertThat(diff.after()).as("round %d", round).isEqualTo(after);
            assertThat(diff.unchanged()).isEqualTo(before.equals(after));
        }
    }

    @Test
    void sideBySideViewsHoldOneSideEach() {
        var diff = TextDiff.between("a b c", "a x c");
        assertThat(diff.beforeSegments()).extracting(DiffSegment::kind).doesNotContain(Kind.INSERTED);
        assertThat(diff.afterSegments()).extracting(DiffSegment::kind).doesNotContain(Kind.DELETED);
    }

    @Test
    void aWholeRewriteOfALongTextIsStillQuickAndExact() {
        var random = new Random(9);
        var before = SampleProse.text(random, 200_000);
        var after = SampleProse.text(random, 200_000);
        long start = System.nanoTime();
        var diff = TextDiff.between(before, after);
        assertThat(diff.before()).isEqualTo(before);
        assertThat(diff.after()).isEqualTo(after);
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(10_000_000_000L);
    }

    private static String edited(Random random, String text) {
        var result = new StringBuilder(text);
        for (int i = random.nextInt(8); i >= 0; i--) {
            int at = result.isEmpty() ? 0 : random.nextInt(result.length());
            if (random.nextBoolean()) {
                result.insert(at, SampleProse.sentence(random) + " ");
            } else {
                result.delete(at, Math.min(result.length(), at + random.nextInt(40)));
            }
        }
        return result.toString();
    }
}
