package org.quire.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    @Test
    void aMentionIsAnAtSignAndAHandleReadIgnoringCaseInOrderWithoutRepeats() {
        assertThat(Mentions.in("@PriyaRaman, could you and @dana.whitfield look? Thanks @priyaraman!"))
                .containsExactly("priyaraman", "dana.whitfield");
    }

    @Test
    void punctuationAfterAMentionEndsIt() {
        assertThat(Mentions.in("Ask @marcus.lindqvist. Or @DanaWhitfield_ or (@PriyaRaman)"))
                .containsExactly("marcus.lindqvist", "danawhitfield", "priyaraman");
    }

    @Test
    void anEmailAddressInTheTextMentionsNobody() {
        assertThat(Mentions.in("Write to priya.raman@example.org or dana@example.org")).isEmpty();
    }

    @Test
    void mentionsInCodeSpansAndFencedBlocksDoNotCount() {
        var text = """
                Use `@Deprecated` here, and ``@Override `x` `` there; @DanaWhitfield please check.
                ```java
                @PriyaRaman
                ```
                ~~~
                @MarcusLindqvist
                ~~~
                After the fence, @RafaelOkafor counts.
                """;
        assertThat(Mentions.in(text)).containsExactly("danawhitfield", "rafaelokafor");
    }

    @Test
    void anUnclosedBacktickLeavesTheRestOfTheLineProse() {
        assertThat(Mentions.in("a lone ` then @DanaWhitfield")).containsExactly("danawhitfield");
    }

    @Test
    void aPersonAnswersToTheirNameWithoutSpacesOrPunctuationAndToTheirEmailsLocalPart() {
        assertThat(Mentions.handlesOf("Dr. Rafael Okafor", "Rafael.Okafor@example.org"))
                .containsExactly("drrafaelokafor", "rafael.okafor");
        assertThat(Mentions.handlesOf("Zoë D'Arcy", null)).containsExactly("zoëdarcy");
    }

    @Test
    void aCommentMentioningVeryManyPeopleMentionsOnlyTheFirstTwenty() {
        var many = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            many.append("@person").append(i).append(' ');
        }
        assertThat(Mentions.in(many.toString())).hasSize(Mentions.MAX_MENTIONS).first().isEqualTo("person0");
    }

    @Test
    void onlyTheStartOfAnOverlongTextIsRead() {
        var text = "@PriyaRaman " + "x".repeat(Mentions.MAX_TEXT) + " @DanaWhitfield";
        assertThat(Mentions.in(text)).containsExactly("priyaraman");
    }
}
