package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.deleted;
import static org.quire.descriptor.Sets.fresh;
import static org.quire.descriptor.Sets.revised;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Renaming a placeholder renames the references to it throughout the set, and only whole codes. */
class CodeRenamingTest {

    private final Descriptor visit = fresh("9X0X1", "Telemedicine visit; brief")
            .withNotes(List.of("For an in-person visit, see 99202", "Do not report 9X0X1 with 9X0X5"));
    private final Descriptor longer = childOf(visit, "9X0X2", "moderate, report 9X0X1-9X0X3 once per day");
    private final Descriptor call = revised("9X0X5", "Call; see 9X0X1", "Telephone call; see 9X0X1 or 9X0X10")
            .withNotes(List.of("Not with A9X0X1, 9X0X1X or 19X0X1"));
    private final Descriptor gone = deleted("9X0X9", "Old call, see 9X0X1", "9X0X9 has been deleted. To report, "
            + "see 9X0X1");
    private final DescriptorSet set = Sets.families(CodeFamily.of("Visits", List.of(visit, longer, call)),
            CodeFamily.of("Deleted", List.of(gone)));

    @Test
    void theCodeAndEveryWholeReferenceToItAreRenamedInTextsCurrentTextsAndNotes() {
        var renamed = DescriptorEdits.renameCode(set, visit.id(), "9X0X7");

        assertThat(Codes.of(renamed)).containsExactly("9X0X7", "9X0X2", "9X0X5", "9X0X9");
        var newVisit = renamed.descriptor(visit.id()).orElseThrow();
        assertThat(newVisit.notes()).containsExactly("For an in-person visit, see 99202",
                "Do not report 9X0X7 with 9X0X5");
        assertThat(renamed.descriptor(longer.id()).orElseThrow().text())
                .isEqualTo("moderate, report 9X0X7-9X0X3 once per day");
        var newCall = renamed.descriptor(call.id()).orElseThrow();
        assertThat(newCall.currentText()).isEqualTo("Call; see 9X0X7");
        assertThat(newCall.text()).as("9X0X10 is another code").isEqualTo("Telephone call; see 9X0X7 or 9X0X10");
        assertThat(newCall.notes()).as("codes inside longer words and numbers are other codes")
                .containsExactly("Not with A9X0X1, 9X0X1X or 19X0X1");
        var newGone = renamed.descriptor(gone.id()).orElseThrow();
        assertThat(newGone.currentText()).as("in other families too").isEqualTo("Old call, see 9X0X7");
        assertThat(newGone.notes()).containsExactly("9X0X9 has been deleted. To report, see 9X0X7");
    }

    @Test
    void theRenamedSetStillValidatesItsReferences() {
        var valid = Sets.of(visit.withNotes(List.of("Do not report 9X0X1 with 9X0X2")), longer.withText("moderate"));
        assertThat(DescriptorValidation.validate(valid).problems()).isEmpty();

        var renamed = DescriptorEdits.renameCode(valid, visit.id(), "9X0X7");

        assertThat(DescriptorValidation.validate(renamed).problems()).isEmpty();
    }

    @Test
    void aDescriptorsOwnNoteFollowsItsRename() {
        var renamed = DescriptorEdits.renameCode(set, gone.id(), "9X2X9");

        assertThat(renamed.descriptor(gone.id()).orElseThrow().notes())
                .containsExactly("9X2X9 has been deleted. To report, see 9X0X1");
    }

    @Test
    void renamingToTheSameCodeChangesNothing() {
        assertThat(DescriptorEdits.renameCode(set, visit.id(), "9X0X1")).isSameAs(set);
        assertThat(DescriptorEdits.renameCode(set, visit.id(), " 9X0X1 ")).as("codes are stripped").isSameAs(set);
    }

    @Test
    void theNewCodeIsStrippedInTheCodeAndInTheReferences() {
        var renamed = DescriptorEdits.renameCode(set, visit.id(), " 9X0X7\t");

        assertThat(Codes.of(renamed)).startsWith("9X0X7");
        assertThat(renamed.descriptor(longer.id()).orElseThrow().text()).contains("9X0X7-9X0X3");
    }

    @Test
    void aDescriptorWithoutACodeYetGetsOneAndNothingElseChanges() {
        var unnamed = fresh("", "Video visit");
        var withUnnamed = Sets.of(unnamed, call);

        var renamed = DescriptorEdits.renameCode(withUnnamed, unnamed.id(), "9X0X8");

        assertThat(Codes.of(renamed)).containsExactly("9X0X8", "9X0X5");
        assertThat(renamed.descriptor(call.id())).contains(call);
    }

    @Test
    void aCodeNotShapedLikeAReferenceRenamesOnlyTheCode() {
        // "12" is a typing mistake for a code; renaming it must not touch "12 minutes"
        var typo = fresh("12", "Visit of at least 12 minutes");
        var other = fresh("9X0X5", "Call, 12 minutes, see 12");

        var renamed = DescriptorEdits.renameCode(Sets.of(typo, other), typo.id(), "9X0X4");

        assertThat(Codes.of(renamed)).containsExactly("9X0X4", "9X0X5");
        assertThat(renamed.descriptor(typo.id()).orElseThrow().text()).isEqualTo("Visit of at least 12 minutes");
        assertThat(renamed.descriptor(other.id())).contains(other);
    }

    @Test
    void externalCodesAreNotRenamed() {
        var withExternal = set.withExternalCodes(Set.of("99202"));

        var renamed = DescriptorEdits.renameCode(withExternal, visit.id(), "9X0X7");

        assertThat(renamed.externalCodes()).containsExactly("99202");
    }
}
