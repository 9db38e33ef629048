package org.quire.revision;

import org.junit.jupiter.api.Test;
import org.quire.shared.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionLimitsTest {

    @Test
    void aTextOfExactlyTheLimitIsAccepted() {
        assertThatCode(() -> RevisionLimits.checkText("a".repeat(Revisions.MAX_TEXT_BYTES))).doesNotThrowAnyException();
    }

    @Test
    void aTextOverTheLimitInUtf8BytesIsRefusedWithItsSize() {
        // 262,145 characters, but 524,290 bytes of UTF-8
        var text = "é".repeat(Revisions.MAX_TEXT_BYTES / 2 + 1);
        assertThatThrownBy(() -> RevisionLimits.checkText(text)).isInstanceOfSatisfying(InputRejected.class,
                rejected -> assertThat(rejected.problems()).containsExactly(
                        "The text is 524,290 bytes (512.0 KB); a section can hold at most 524,288 bytes (512 KB). "
                                + "Shorten it or split it into sections."));
    }

    @Test
    void aHalfCharacterPairIsRefusedBecauseItCouldNotBeStoredExactly() {
        assertThatThrownBy(() -> RevisionLimits.checkText("ok \uD83D then")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("position 4");
        assertThatCode(() -> RevisionLimits.checkText("ok \uD83D\uDE00 then")).doesNotThrowAnyException();
    }

    @Test
    void aSummaryIsKeptOnOneLineAndLimited() {
        assertThat(RevisionLimits.summary("  Fixed\n the   descriptor \t")).isEqualTo("Fixed the descriptor");
        assertThat(RevisionLimits.summary("x".repeat(Revisions.MAX_SUMMARY_LENGTH))).hasSize(300);
        assertThatThrownBy(() -> RevisionLimits.summary("x".repeat(Revisions.MAX_SUMMARY_LENGTH + 1)))
                .isInstanceOf(InputRejected.class)
                .hasMessage("The summary has 301 characters; at most 300 are allowed.");
    }
}
