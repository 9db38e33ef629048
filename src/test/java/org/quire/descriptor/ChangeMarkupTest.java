package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.ChangeMarkup.Kind.DELETED;
import static org.quire.descriptor.ChangeMarkup.Kind.INSERTED;
import static org.quire.descriptor.ChangeMarkup.Kind.KEPT;
import static org.quire.descriptor.ChangeMarkup.Kind.SEPARATOR;

import org.junit.jupiter.api.Test;
import org.quire.descriptor.ChangeMarkup.Run;

class ChangeMarkupTest {

    private static ChangeMarkup markup(String current, String proposed) {
        var markup = ChangeMarkup.between(current, proposed);
        // whatever the runs, they give both texts back as printed
        assertThat(markup.currentText()).isEqualTo(DescriptorText.normalized(current));
        assertThat(markup.proposedText()).isEqualTo(DescriptorText.normalized(proposed));
        return markup;
    }

    @Test
    void anInsertedWordIsUnderlinedWithoutItsSpaces() {
        assertThat(markup("Visit by video", "Visit by live video").runs()).containsExactly(
                new Run(KEPT, "Visit by "), new Run(INSERTED, "live"), new Run(KEPT, " video"));
    }

    @Test
    void insertionsAtTheStartAndTheEnd() {
        assertThat(markup("visit by video", "Brief visit by video, each").runs()).containsExactly(
                new Run(INSERTED, "Brief"), new Run(KEPT, " visit by video"), new Run(INSERTED, ", each"));
    }

    @Test
    void aDeletedWordIsStruckWithoutItsSpaces() {
        assertThat(markup("Visit by live video", "Visit by video").runs()).containsExactly(
                new Run(KEPT, "Visit by "), new Run(DELETED, "live"), new Run(KEPT, " video"));
    }

    @Test
    void aReplacementIsStruckThenUnderlinedWithASpaceBetween() {
        assertThat(markup("Call by telephone, 5 to 10 minutes", "Call by voice or video, 5 to 10 minutes").runs())
                .containsExactly(new Run(KEPT, "Call by "), new Run(DELETED, "telephone"), new Run(SEPARATOR, " "),
                        new Run(INSERTED, "voice or video"), new Run(KEPT, ", 5 to 10 minutes"));
    }

    @Test
    void aMovedWordShowsAsDeletedAndInserted() {
        var runs = markup("new patient, brief visit", "brief visit, new patient").runs();

        assertThat(runs).extracting(Run::kind).contains(DELETED, INSERTED);
        assertThat(runs).filteredOn(run -> run.kind() == DELETED).extracting(Run::text).isNotEmpty();
        assertThat(runs).filteredOn(run -> run.kind() == INSERTED).extracting(Run::text).isNotEmpty();
    }

    @Test
    void aChangedPunctuationMarkIsAChangeOfItsOwnWithoutExtraSpaces() {
        assertThat(markup("time, minutes", "time; minutes").runs()).containsExactly(new Run(KEPT, "time"),
                new Run(DELETED, ","), new Run(INSERTED, ";"), new Run(KEPT, " minutes"));
        assertThat(markup("visit (eg, video)", "visit (eg, video).").runs()).containsExactly(
                new Run(KEPT, "visit (eg, video)"), new Run(INSERTED, "."));
    }

    @Test
    void aChangeOfSpacingAloneIsNoChange() {
        var markup = markup("Visit  by\nvideo ", " Visit by video");

        assertThat(markup.unchanged()).isTrue();
        assertThat(markup.runs()).containsExactly(new Run(KEPT, "Visit by video"));
    }

    @Test
    void aChangeOfCaseIsAChangedWord() {
        assertThat(markup("Telemedicine Visit", "Telemedicine visit").runs()).containsExactly(
                new Run(KEPT, "Telemedicine "), new Run(DELETED, "Visit"), new Run(SEPARATOR, " "),
                new Run(INSERTED, "visit"));
    }

    @Test
    void twoSeparateChangesStaySeparate() {
        assertThat(markup("visit by telephone for 10 minutes", "visit by video for 15 minutes").runs())
                .containsExactly(new Run(KEPT, "visit by "), new Run(DELETED, "telephone"), new Run(SEPARATOR, " "),
                        new Run(INSERTED, "video"), new Run(KEPT, " for "), new Run(DELETED, "10"),
                        new Run(SEPARATOR, " "), new Run(INSERTED, "15"), new Run(KEPT, " minutes"));
    }

    @Test
    void fromNothingEverythingIsInsertedAndToNothingEverythingIsDeleted() {
        assertThat(markup("", "Visit by video").runs()).containsExactly(new Run(INSERTED, "Visit by video"));
        assertThat(markup("Visit by video", "").runs()).containsExactly(new Run(DELETED, "Visit by video"));
        assertThat(markup("", "").runs()).isEmpty();
    }
}
