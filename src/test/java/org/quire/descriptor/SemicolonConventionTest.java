package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SemicolonConventionTest {

    @Test
    void aChildReadsAsItsParentUpToTheSemicolonThenItsOwnText() {
        assertThat(SemicolonConvention.fullText("Telemedicine visit; uncomplicated reasoning",
                "reasoning of limited complexity"))
                .isEqualTo("Telemedicine visit; reasoning of limited complexity");
        assertThat(SemicolonConvention.sharedPart("Telemedicine visit; uncomplicated reasoning"))
                .contains("Telemedicine visit;");
    }

    @Test
    void theFirstSemicolonCountsAndLaterOnesBelongToTheParentsOwnPart() {
        var parent = "Visit by video; new patient; uncomplicated reasoning";

        assertThat(SemicolonConvention.sharedPart(parent)).contains("Visit by video;");
        assertThat(SemicolonConvention.fullText(parent, "known patient; limited reasoning"))
                .isEqualTo("Visit by video; known patient; limited reasoning");
    }

    @Test
    void spacesAroundTheSemicolonAndInsideTheTextsAreThoseOfPrint() {
        assertThat(SemicolonConvention.fullText("  Visit   by\nvideo ;   new patient  ", "   known \t patient  "))
                .isEqualTo("Visit by video; known patient");
        assertThat(SemicolonConvention.sharedWords("Visit by video ; new")).contains("Visit by video");
    }

    @Test
    void aParentWhoseTextEndsAtTheSemicolonSharesAllOfIt() {
        assertThat(SemicolonConvention.sharedPart("Telemedicine visit;")).contains("Telemedicine visit;");
        assertThat(SemicolonConvention.fullText("Telemedicine visit;   ", "new patient"))
                .isEqualTo("Telemedicine visit; new patient");
    }

    @Test
    void withoutASemicolonTheParentSharesNothingAndTheChildReadsAlone() {
        assertThat(SemicolonConvention.sharedPart("Telemedicine visit")).isEmpty();
        assertThat(SemicolonConvention.fullText("Telemedicine visit", " new patient")).isEqualTo("new patient");
    }

    @Test
    void anEmptyChildReadsAsTheSharedPartAlone() {
        assertThat(SemicolonConvention.fullText("Visit; new", "  ")).isEqualTo("Visit;");
    }

    @Test
    void withinASetAChildIsExpandedAndEverythingElseReadsAsShown() {
        var parent = Sets.fresh("9X0X1", "Visit by video; uncomplicated reasoning");
        var child = Sets.childOf(parent, "9X0X2", "limited reasoning");
        var orphan = Sets.fresh("9X0X3", "extensive reasoning").withParent(DescriptorId.random());
        var deleted = Sets.deleted("9X0X9", "Call by  telephone", "9X0X9 has been deleted. To report, see 9X0X1");
        var set = Sets.of(parent, child, orphan, deleted);

        assertThat(SemicolonConvention.fullDescriptor(set, child)).isEqualTo("Visit by video; limited reasoning");
        assertThat(SemicolonConvention.fullDescriptor(set, parent))
                .isEqualTo("Visit by video; uncomplicated reasoning");
        assertThat(SemicolonConvention.fullDescriptor(set, orphan)).isEqualTo("extensive reasoning");
        assertThat(SemicolonConvention.fullDescriptor(set, deleted)).isEqualTo("Call by telephone");
    }

    @Test
    void aDescriptorIndentedUnderItselfIsNotExpandedWithItself() {
        var self = Sets.fresh("9X0X1", "Visit; new");
        self = self.withParent(self.id());
        var set = new DescriptorSet(List.of(CodeFamily.of("F", List.of(self))), Set.of());

        assertThat(SemicolonConvention.fullDescriptor(set, self)).isEqualTo("Visit; new");
    }
}
