package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.DescriptorRule.CATEGORY_III_LEADING_ZERO;
import static org.quire.descriptor.DescriptorRule.CODE_FORMAT;
import static org.quire.descriptor.DescriptorRule.DUPLICATE_CODE;
import static org.quire.descriptor.Sets.fresh;
import static org.quire.descriptor.Sets.problems;
import static org.quire.descriptor.Sets.rules;
import static org.quire.descriptor.Sets.validate;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"99202", "1234F", "0123T", "0001U", "9X0X1", "338X2", "0X1XT"})
    void wellFormedCodesPass(String code) {
        assertThat(validate(fresh(code, "Visit by video")).problems()).isEmpty();
    }

    @Test
    void aMalformedCodeIsAnErrorAtTheCodeFieldListingTheAcceptedShapes() {
        var descriptor = fresh("9X0X", "Visit by video");
        var problem = problems(validate(descriptor), CODE_FORMAT).getFirst();

        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.ruleId()).isEqualTo("code-format");
        assertThat(problem.descriptor()).isEqualTo(descriptor.id());
        assertThat(problem.field()).isEqualTo(DescriptorField.CODE);
        assertThat(problem.message()).isEqualTo("9X0X is not a code: a code is " + CodeFormat.EXPECTED + ".");
    }

    @Test
    void aLowerCaseCodeIsToldToUseCapitals() {
        assertThat(problems(validate(fresh("9x0x1", "Visit")), CODE_FORMAT)).extracting(ValidationProblem::message)
                .containsExactly("9x0x1: write the code in capitals, as 9X0X1.");
        assertThat(problems(validate(fresh("0123t", "Visit")), CODE_FORMAT)).hasSize(1);
    }

    @Test
    void aMissingCodeIsNamedByItsPlace() {
        assertThat(problems(validate(fresh("9X0X1", "Visit"), fresh("", "Visit")), CODE_FORMAT))
                .extracting(ValidationProblem::message).containsExactly("The descriptor at position 2 of "
                        + "\"Telemedicine visits\" has no code: give a CPT code or a placeholder such as 9X0X1.");
    }

    @Test
    void aCategoryThreeCodeNotStartingWithZeroIsOnlyAWarning() {
        var report = validate(fresh("1234T", "Visit by video"), fresh("9X1XT", "Visit by phone"));

        assertThat(rules(report)).containsExactly(CATEGORY_III_LEADING_ZERO, CATEGORY_III_LEADING_ZERO);
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.blocksReview()).isFalse();
        assertThat(report.warnings().getFirst().message())
                .isEqualTo("1234T: Category III codes start with 0 (such as 0123T); check the code.");
        assertThat(validate(fresh("0234T", "Visit"), fresh("X234T", "Visit")).problems()).isEmpty();
    }

    @Test
    void aCodeUsedTwiceIsAnErrorOnEachUseEvenAcrossFamilies() {
        var first = fresh("9X0X1", "Visit by video");
        var second = fresh("9X0X1", "Visit by phone");
        var set = new DescriptorSet(List.of(CodeFamily.of("Video", List.of(first)),
                CodeFamily.of("Phone", List.of(fresh("9X0X2", "Call"), second))), Set.of());

        var duplicates = problems(DescriptorValidation.validate(set), DUPLICATE_CODE);

        assertThat(duplicates).extracting(ValidationProblem::descriptor).containsExactly(first.id(), second.id());
        assertThat(duplicates.getFirst().message()).isEqualTo("9X0X1 is used 2 times in this set (position 1 of "
                + "\"Video\", position 2 of \"Phone\"); each code appears once.");
    }

    @Test
    void descriptorsStillWithoutCodesAreNotDuplicatesOfEachOther() {
        assertThat(rules(validate(fresh("", "Visit"), fresh("", "Call")))).containsExactly(CODE_FORMAT, CODE_FORMAT);
    }
}
