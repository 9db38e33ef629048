package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Sets.fresh;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ValidationReportTest {

    @Test
    void errorsBlockReviewAndWarningsDoNot() {
        var clean = DescriptorValidation.validate(Sets.of(fresh("9X0X1", "Visit")));
        var warned = DescriptorValidation.validate(Sets.of(fresh("1234T", "Visit")));
        var failed = DescriptorValidation.validate(Sets.of(fresh("1234", "Visit")));

        assertThat(clean.isClean()).isTrue();
        assertThat(clean.blocksReview()).isFalse();
        assertThat(warned.warnings()).hasSize(1);
        assertThat(warned.errors()).isEmpty();
        assertThat(warned.blocksReview()).isFalse();
        assertThat(failed.errors()).hasSize(1);
        assertThat(failed.blocksReview()).isTrue();
    }

    @Test
    void problemsAreFoundByDescriptorAndFieldForAFormToShowThemInPlace() {
        var bad = fresh("1234T", "").withNotes(List.of("see 9X9X9"));
        var good = fresh("9X0X1", "Visit");
        var report = DescriptorValidation.validate(Sets.of(good, bad));

        assertThat(report.forDescriptor(good.id())).isEmpty();
        assertThat(report.forDescriptor(bad.id())).extracting(ValidationProblem::rule).containsExactly(
                DescriptorRule.CATEGORY_III_LEADING_ZERO, DescriptorRule.MISSING_TEXT,
                DescriptorRule.UNKNOWN_CODE_REFERENCE);
        assertThat(report.forField(bad.id(), DescriptorField.NOTES)).hasSize(1);
        assertThat(report.forFamily(Sets.of(good).families().getFirst().id())).isEmpty();
    }

    @Test
    void problemsComeInSetOrderWithAFamilysOwnProblemBeforeItsDescriptors() {
        var first = fresh("1234", "Visit");
        var unnamed = CodeFamily.of("", List.of(fresh("9X0X2", "")));
        var set = new DescriptorSet(List.of(CodeFamily.of("A", List.of(first)), unnamed), Set.of());

        assertThat(DescriptorValidation.validate(set).problems()).extracting(ValidationProblem::rule).containsExactly(
                DescriptorRule.CODE_FORMAT, DescriptorRule.FAMILY_WITHOUT_NAME, DescriptorRule.MISSING_TEXT);
    }

    @Test
    void everyRuleHasItsOwnIdAndAConventionToShow() {
        assertThat(Arrays.stream(DescriptorRule.values()).map(DescriptorRule::id).distinct())
                .hasSize(DescriptorRule.values().length);
        assertThat(DescriptorRule.values()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(rule.convention()).endsWith(".");
        });
        assertThat(Arrays.stream(DescriptorRule.values()).filter(rule -> rule.severity() == Severity.WARNING))
                .containsExactlyInAnyOrder(DescriptorRule.CATEGORY_III_LEADING_ZERO, DescriptorRule.ADD_ON_WORDING);
    }

    @Test
    void anEmptySetHasNothingToReport() {
        assertThat(DescriptorValidation.validate(DescriptorSet.EMPTY).isClean()).isTrue();
    }
}
