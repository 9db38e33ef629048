package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.DescriptorRule.DELETED_WITH_TEXT;
import static org.quire.descriptor.DescriptorRule.HAND_TYPED_MARKUP;
import static org.quire.descriptor.DescriptorRule.MISSING_CURRENT_TEXT;
import static org.quire.descriptor.DescriptorRule.MISSING_TEXT;
import static org.quire.descriptor.DescriptorRule.NEW_WITH_DELETIONS;
import static org.quire.descriptor.DescriptorRule.REVISED_WITHOUT_CHANGE;
import static org.quire.descriptor.DescriptorRule.UNCHANGED_WITH_CURRENT_TEXT;
import static org.quire.descriptor.Sets.deleted;
import static org.quire.descriptor.Sets.fresh;
import static org.quire.descriptor.Sets.problems;
import static org.quire.descriptor.Sets.revised;
import static org.quire.descriptor.Sets.rules;
import static org.quire.descriptor.Sets.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionRulesTest {

    private static final String DELETION_NOTE = "9X0X9 has been deleted. To report, see 9X0X1";

    @Test
    void eachActionWithTheTextsItNeedsPasses() {
        assertThat(validate(fresh("9X0X1", "Visit by video"),
                revised("9X0X2", "Visit by telephone", "Visit by voice"),
                deleted("9X0X9", "Call by telephone", DELETION_NOTE),
                Descriptor.of("9X0X3", DescriptorAction.UNCHANGED, "Visit in person")).problems()).isEmpty();
    }

    @Test
    void aDescriptorWithoutTextIsAnErrorUnlessDeleted() {
        var report = validate(fresh("9X0X1", "  "), Descriptor.of("9X0X2", DescriptorAction.UNCHANGED, ""),
                revised("9X0X3", "Visit by telephone", ""));

        assertThat(problems(report, MISSING_TEXT)).extracting(ValidationProblem::message).containsExactly(
                "9X0X1: the descriptor text is empty.", "9X0X2: the descriptor text is empty.",
                "9X0X3: the descriptor text is empty.");
        assertThat(problems(report, MISSING_TEXT)).allMatch(p -> p.field() == DescriptorField.TEXT);
    }

    @Test
    void revisedAndDeletedCodesNeedTheirCurrentText() {
        var report = validate(fresh("9X0X1", "Visit by video"), revised("9X0X2", "", "Visit by voice"),
                deleted("9X0X9", "", DELETION_NOTE));

        assertThat(problems(report, MISSING_CURRENT_TEXT)).extracting(ValidationProblem::message).containsExactly(
                "9X0X2 is revised: give its current published text, so that the change can be marked.",
                "9X0X9 is deleted: give its current published text, which is shown struck through.");
        assertThat(problems(report, MISSING_CURRENT_TEXT)).allMatch(p -> p.field() == DescriptorField.CURRENT_TEXT);
    }

    @Test
    void aRevisionThatChangesOnlySpacingIsNoRevision() {
        var report = validate(revised("9X0X2", "Visit by  video,\n15 minutes", " Visit by video, 15 minutes "));

        assertThat(rules(report)).containsExactly(REVISED_WITHOUT_CHANGE);
        assertThat(report.errors().getFirst().message()).isEqualTo("9X0X2 is marked revised, but its text is the "
                + "same as the current text (spacing aside): change the text, or mark the code unchanged.");
        assertThat(validate(revised("9X0X2", "Visit by video", "visit by video")).problems()).isEmpty();
    }

    @Test
    void aNewCodeWithACurrentTextCarriesDeletions() {
        var report = validate(fresh("9X0X1", "Visit by video").withCurrentText("Visit by telephone"));

        assertThat(rules(report)).containsExactly(NEW_WITH_DELETIONS);
        assertThat(report.errors().getFirst().field()).isEqualTo(DescriptorField.CURRENT_TEXT);
        assertThat(report.errors().getFirst().message()).isEqualTo("9X0X1 is new: a new code has no current text, "
                + "so it carries no deletions. Remove the current text, or mark the code revised.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Visit by ~~telephone~~ video", "Visit by <del>telephone</del> video",
        "Visit by <s>telephone</s> video", "Visit by <STRIKE>telephone</STRIKE> video"})
    void aNewCodeWithTypedStruckTextCarriesDeletions(String text) {
        var report = validate(fresh("9X0X1", text));

        assertThat(rules(report)).containsExactly(NEW_WITH_DELETIONS);
        assertThat(report.errors().getFirst().field()).isEqualTo(DescriptorField.TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Visit by <u>live</u> video", "Visit by <ins>live</ins> video",
        "Visit by ~~telephone~~ video"})
    void markupTypedIntoAnyOtherTextIsRefusedAsComputedMarkup(String text) {
        assertThat(rules(validate(revised("9X0X2", "Visit by video", text)))).containsExactly(HAND_TYPED_MARKUP);
        assertThat(rules(validate(revised("9X0X2", text, "Visit by phone")))).containsExactly(HAND_TYPED_MARKUP);
        assertThat(problems(validate(revised("9X0X2", text, "Visit by phone")), HAND_TYPED_MARKUP).getFirst().field())
                .isEqualTo(DescriptorField.CURRENT_TEXT);
    }

    @Test
    void ordinaryWordsAndSymbolsAreNotMarkup() {
        assertThat(validate(fresh("9X0X1", "Visit by video (eg, <3 participants, ~10 minutes, s/he, units)"))
                .problems()).isEmpty();
    }

    @Test
    void anUnchangedCodeHasNoSeparateCurrentText() {
        var report = validate(Descriptor.of("9X0X3", DescriptorAction.UNCHANGED, "Visit in person")
                .withCurrentText("Visit in person"));

        assertThat(rules(report)).containsExactly(UNCHANGED_WITH_CURRENT_TEXT);
        assertThat(report.errors().getFirst().field()).isEqualTo(DescriptorField.CURRENT_TEXT);
    }

    @Test
    void aDeletedCodeHasNoProposedText() {
        var report = validate(fresh("9X0X1", "Visit by video"),
                deleted("9X0X9", "Call by telephone", DELETION_NOTE).withText("Call by phone"));

        assertThat(rules(report)).containsExactly(DELETED_WITH_TEXT);
        assertThat(report.errors().getFirst().message()).startsWith("9X0X9 is deleted, so it has no proposed text");
    }
}
