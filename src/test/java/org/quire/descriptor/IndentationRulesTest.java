package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.DescriptorRule.CHILD_BEFORE_PARENT;
import static org.quire.descriptor.DescriptorRule.CHILD_OUTSIDE_FAMILY;
import static org.quire.descriptor.DescriptorRule.CHILD_REPEATS_PARENT;
import static org.quire.descriptor.DescriptorRule.CHILD_SEPARATED_FROM_PARENT;
import static org.quire.descriptor.DescriptorRule.NESTED_CHILD;
import static org.quire.descriptor.DescriptorRule.PARENT_WITHOUT_SEMICOLON;
import static org.quire.descriptor.DescriptorRule.UNKNOWN_PARENT;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.fresh;
import static org.quire.descriptor.Sets.rules;
import static org.quire.descriptor.Sets.validate;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndentationRulesTest {

    private final Descriptor parent = fresh("9X0X1", Sets.PARENT_TEXT);

    @Test
    void childrenDirectlyUnderTheirParentPass() {
        var report = validate(parent, childOf(parent, "9X0X2", "limited reasoning"),
                childOf(parent, "9X0X3", "moderate reasoning"), fresh("9X0X5", "Brief check-in"));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aParentWithoutASemicolonIsAnErrorOnTheParentNamingItsChildren() {
        var plain = fresh("9X0X1", "Telemedicine visit by live link");
        var report = validate(plain, childOf(plain, "9X0X2", "limited reasoning"),
                childOf(plain, "9X0X3", "moderate reasoning"));

        assertThat(rules(report)).containsExactly(PARENT_WITHOUT_SEMICOLON);
        var problem = report.errors().getFirst();
        assertThat(problem.descriptor()).isEqualTo(plain.id());
        assertThat(problem.field()).isEqualTo(DescriptorField.TEXT);
        assertThat(problem.message()).startsWith("9X0X1 has indented codes (9X0X2, 9X0X3) but no semicolon");
        assertThat(validate(plain).problems()).as("no children, no semicolon needed").isEmpty();
    }

    @Test
    void aChildRepeatingTheSharedPartIsAnError() {
        var pasted = childOf(parent, "9X0X2", "telemedicine visit by  live link; limited reasoning");
        var report = validate(parent, pasted);

        assertThat(rules(report)).containsExactly(CHILD_REPEATS_PARENT);
        assertThat(report.errors().getFirst().message()).isEqualTo("9X0X2 repeats its parent's text \"Telemedicine "
                + "visit by live link\": an indented code gives only what follows the parent's semicolon.");
    }

    @Test
    void aChildMerelyStartingWithTheSameLettersDoesNotRepeatTheParent() {
        var shortParent = fresh("9X0X1", "Visit; brief");
        assertThat(validate(shortParent, childOf(shortParent, "9X0X2", "Visitor present; extended")).problems())
                .isEmpty();
    }

    @Test
    void aChildBeforeItsParentIsAnError() {
        var child = childOf(parent, "9X0X2", "limited reasoning");
        var report = validate(child, parent);

        assertThat(rules(report)).containsExactly(CHILD_BEFORE_PARENT);
        assertThat(report.errors().getFirst().field()).isEqualTo(DescriptorField.PARENT);
        assertThat(report.errors().getFirst().message())
                .isEqualTo("9X0X2 comes before its parent 9X0X1: move it below the parent.");
    }

    @Test
    void aChildSeparatedFromItsParentByAnotherCodeIsAnError() {
        var report = validate(parent, childOf(parent, "9X0X2", "limited reasoning"), fresh("9X0X5", "Check-in"),
                childOf(parent, "9X0X3", "moderate reasoning"));

        assertThat(rules(report)).containsExactly(CHILD_SEPARATED_FROM_PARENT);
        assertThat(report.errors().getFirst().message()).isEqualTo("9X0X3 is separated from its parent 9X0X1 by "
                + "9X0X5: move it directly below the parent or its other indented codes.");
    }

    @Test
    void aChildInAnotherFamilyThanItsParentIsAnError() {
        var child = childOf(parent, "9X0X2", "limited reasoning");
        var set = Sets.families(CodeFamily.of("Video", List.of(parent)), CodeFamily.of("Phone", List.of(child)));

        var report = DescriptorValidation.validate(set);

        assertThat(rules(report)).containsExactly(CHILD_OUTSIDE_FAMILY);
        assertThat(report.errors().getFirst().message()).isEqualTo("9X0X2 is in \"Phone\" but its parent 9X0X1 is "
                + "in \"Video\": move it into its parent's family.");
    }

    @Test
    void aChildOfAParentNoLongerInTheSetIsAnError() {
        var report = validate(fresh("9X0X2", "limited reasoning").withParent(DescriptorId.random()));

        assertThat(rules(report)).containsExactly(UNKNOWN_PARENT);
    }

    @Test
    void codesAreIndentedOneLevelOnlyAndNeverUnderThemselves() {
        var child = childOf(parent, "9X0X2", "limited reasoning; by video");
        var grandchild = childOf(child, "9X0X3", "with interpreter");
        var self = fresh("9X0X4", "alone");
        self = self.withParent(self.id());

        var report = validate(parent, child, grandchild, self);

        assertThat(rules(report)).containsExactly(NESTED_CHILD, NESTED_CHILD);
        assertThat(report.errors()).extracting(ValidationProblem::message).containsExactly(
                "9X0X3 is indented under 9X0X2, which is itself indented; CPT indents one level only. Indent it "
                        + "under 9X0X2's parent instead.",
                "9X0X4 is indented under itself: choose the code it belongs under.");
    }
}
