package org.quire.revision.internal;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quire.revision.SampleProse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionPayloadTest {

    @Test
    void aSnapshotGivesBackItsTextAndIsCompressed() {
        var text = SampleProse.text(new Random(1), 100_000);
        var payload = RevisionPayload.snapshot(text);
        assertThat(RevisionPayload.isSnapshot(payload)).isTrue();
        assertThat(RevisionPayload.text(payload, null)).isEqualTo(text);
        assertThat(payload.length).isLessThan(text.length() / 3);
    }

    @Test
    void aSmallEditOfALongTextCostsAFewBytes() {
        var text = SampleProse.text(new Random(2), 100_000);
        int at = text.indexOf(' ', 50_000);
        var edited = text.substring(0, at) + " telehealth-only" + text.substring(at);
        var payload = RevisionPayload.delta(text, edited);
        assertThat(RevisionPayload.isSnapshot(payload)).isFalse();
        assertThat(RevisionPayload.text(payload, text)).isEqualTo(edited);
        assertThat(payload.length).isLessThan(40);
    }

    @Test
    void deltasGiveBackTheTextExactlyForAnyEdits() {
        var random = new Random(3);
        for (int round = 0; round < 300; round++) {
            var source = round % 10 == 0 ? "" : SampleProse.text(random, random.nextInt(5_000));
            var target = scramble(random, source);
            var payload = RevisionPayload.delta(source, target);
            assertThat(RevisionPayload.text(payload, source)).as("round %d", round).isEqualTo(target);
        }
    }

    @Test
    void aDeltaRefusesAnotherSource() {
        var payload = RevisionPayload.delta("one two three", "one 2 three");
        assertThatThrownBy(() -> RevisionPayload.text(payload, "one two three four"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RevisionPayload.text(payload, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unicodeOutsideTheBasicPlaneSurvivesADelta() {
        var source = "Caf\u00e9 \uD83D\uDE00 telehealth 远程";
        var target = "Caf\u00e9 \uD83D\uDE01\uD83D\uDE00 telehealth 远 程 \u00e9";
        assertThat(RevisionPayload.text(RevisionPayload.delta(source, target), source)).isEqualTo(target);
    }

    static String scramble(Random random, String text) {
        var result = new StringBuilder(text);
        int edits = random.nextInt(20);
        for (int i = 0; i < edits; i++) {
            int at = result.isEmpty() ? 0 : random.nextInt(result.length());
            if (at > 0 && Character.isLowSurrogate(result.charAt(at))) {
                at--;
            }
            switch (random.nextInt(3)) {
                case 0 -> result.insert(at, SampleProse.word(random) + " ");
                case 1 -> result.delete(at, Math.min(result.length(), at + random.nextInt(30)));
                default -> result.replace(at, Math.min(result.length(), at + random.nextInt(10)),
                        SampleProse.sentence(random));
            }
        }
        return result.toString();
    }
}
