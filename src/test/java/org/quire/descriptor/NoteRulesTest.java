package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.DescriptorRule.ADD_ON_WORDING;
import static org.quire.descriptor.DescriptorRule.DELETED_WITHOUT_NOTE;
import static org.quire.descriptor.DescriptorRule.FAMILY_WITHOUT_NAME;
import static org.quire.descriptor.DescriptorRule.UNKNOWN_CODE_REFERENCE;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.deleted;
import static org.quire.descriptor.Sets.fresh;
import static org.quire.descriptor.Sets.rules;
import static org.quire.descriptor.Sets.validate;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteRulesTest {

    private static final String ADD_ON_TEXT = "Each further 15 minutes " + DescriptorRule.ADD_ON_PHRASE;

    @Test
    void anAddOnWithCptsWordingPasses() {
        var addOn = fresh("9X0X5", ADD_ON_TEXT).withFlags(Set.of(DescriptorFlag.ADD_ON));
        var lowerCaseWithPeriod = fresh("9X0X6", "Each further 30 minutes (list separately in addition to code for "
                + "primary procedure).").withFlags(Set.of(DescriptorFlag.ADD_ON));

        assertThat(validate(addOn, lowerCaseWithPeriod).problems()).isEmpty();
    }

    @Test
    void anAddOnWithoutTheWordingIsOnlyAWarning() {
        var addOn = fresh("9X0X5", "Each further 15 minutes").withFlags(Set.of(DescriptorFlag.ADD_ON));
        var report = validate(addOn);

        assertThat(rules(report)).containsExactly(ADD_ON_WORDING);
        assertThat(report.blocksReview()).isFalse();
        assertThat(report.warnings().getFirst().message()).isEqualTo("9X0X5 is an add-on code: end its descriptor "
                + "with \"(List separately in addition to code for primary procedure)\".");
        assertThat(validate(fresh("9X0X5", "Each further 15 minutes")).problems()).as("not an add-on").isEmpty();
    }

    @Test
    void anIndentedAddOnIsJudgedByItsFullDescriptor() {
        var parent = fresh("9X0X1", "Prolonged visit; first hour");
        var addOn = childOf(parent, "9X0X2", ADD_ON_TEXT).withFlags(Set.of(DescriptorFlag.ADD_ON));

        assertThat(validate(parent, addOn).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9X0X9 has been deleted. To report, see 9X0X1", "(9x0x9 has been deleted. To report, "
        + "use 9X0X1)"})
    void aDeletedCodeWithItsCrossReferenceNotePasses(String note) {
        assertThat(validate(fresh("9X0X1", "Visit"), deleted("9X0X9", "Call by telephone", note)).problems())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Deleted", "9X0X8 has been deleted. To report, see 9X0X1",
        "9X0X9 has been deleted", "19X0X9 has been deleted. To report, see 9X0X1"})
    void aDeletedCodeWithoutItsNoteIsAnError(String note) {
        var report = validate(fresh("9X0X1", "Visit"), fresh("9X0X8", "Visit"),
                deleted("9X0X9", "Call by telephone", note));

        assertThat(rules(report)).contains(DELETED_WITHOUT_NOTE);
        var problem = Sets.problems(report, DELETED_WITHOUT_NOTE).getFirst();
        assertThat(problem.field()).isEqualTo(DescriptorField.NOTES);
        assertThat(problem.message()).isEqualTo("9X0X9 is deleted: add the note \"(9X0X9 has been deleted. To "
                + "report, see ...)\", naming the codes to report instead.");
    }

    @Test
    void referencesToCodesOfTheSetOrMarkedExternalPass() {
        var visit = fresh("9X0X1", "Visit by video, see also 9X0X2").withNotes(List.of("For in-person, see 99202"));
        var set = Sets.of(visit, fresh("9X0X2", "Visit by phone")).withExternalCodes(Set.of("99202"));

        assertThat(DescriptorValidation.validate(set).problems()).isEmpty();
    }

    @Test
    void aReferenceToAnUnknownCodeIsAnErrorAtTheTextOrNoteThatMakesIt() {
        var visit = fresh("9X0X1", "Visit, unlike 9X0X7").withNotes(List.of("For in-person, see 99202",
                "Do not report with 9X0X7 or 9X0X7"));
        var report = validate(visit);

        assertThat(rules(report)).containsExactly(UNKNOWN_CODE_REFERENCE, UNKNOWN_CODE_REFERENCE,
                UNKNOWN_CODE_REFERENCE);
        assertThat(report.errors()).extracting(ValidationProblem::field).containsExactly(DescriptorField.TEXT,
                DescriptorField.NOTES, DescriptorField.NOTES);
        assertThat(report.errors()).extracting(ValidationProblem::message).containsExactly(
                "9X0X1: its text refers to 9X0X7, which is neither in this set nor marked external. Correct the "
                        + "code, add it to the set, or mark it external.",
                "9X0X1: note 1 refers to 99202, which is neither in this set nor marked external. Correct the "
                        + "code, add it to the set, or mark it external.",
                "9X0X1: note 2 refers to 9X0X7, which is neither in this set nor marked external. Correct the "
                        + "code, add it to the set, or mark it external.");
    }

    @Test
    void aFamilyNeedsAName() {
        var set = Sets.families(CodeFamily.of("Video", List.of(fresh("9X0X1", "Visit"))),
                CodeFamily.of("  ", List.of(fresh("9X0X2", "Visit"))));

        var report = DescriptorValidation.validate(set);

        assertThat(rules(report)).containsExactly(FAMILY_WITHOUT_NAME);
        var problem = report.errors().getFirst();
        assertThat(problem.descriptor()).isNull();
        assertThat(problem.family()).isEqualTo(set.families().get(1).id());
        assertThat(problem.field()).isEqualTo(DescriptorField.FAMILY_NAME);
        assertThat(problem.message()).isEqualTo("Code family 2 has no name: name it after what its codes describe.");
    }
}
