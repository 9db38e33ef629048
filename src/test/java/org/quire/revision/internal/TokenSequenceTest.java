package org.quire.revision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quire.revision.SampleProse;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSequenceTest {

    @Test
    void wordTokensAreWordsSpacesLineBreaksAndSingleMarks() {
        assertThat(tokens(TokenSequence.words("Report **99457**, once  per month.\r\nNext")))
                .containsExactly("Report", " ", "*", "*", "99457", "*", "*", ",", " ", "once", "  ", "per", " ",
                        "month", ".", "\r\n", "Next");
    }

    @Test
    void accentedLettersCombiningMarksAndEmojiStayWhole() {
        assertThat(tokens(TokenSequence.words("café naïve e\u0301t\u00e9 \uD83D\uDE00!")))
                .containsExactly("café", " ", "naïve", " ", "e\u0301t\u00e9", " ", "\uD83D\uDE00", "!");
    }

    @Test
    void ideographsAreTokensOfTheirOwn() {
        assertThat(tokens(TokenSequence.words("远程医疗 ok")))
                .containsExactly("远", "程", "医", "疗", " ", "ok");
    }

    @Test
    void lineTokensKeepTheirLineBreaks() {
        assertThat(tokens(TokenSequence.lines("one\n\ntwo\nthree"))).containsExactly("one\n", "\n", "two\n", "three");
        assertThat(TokenSequence.lines("").size()).isZero();
    }

    @Test
    void tokensAlwaysGiveBackTheTextExactly() {
        var random = new Random(11);
        for (int i = 0; i < 200; i++) {
            var text = SampleProse.text(random, random.nextInt(2_000)) + randomCharacters(random);
            assertThat(String.join("", tokens(TokenSequence.words(text)))).isEqualTo(text);
            assertThat(String.join("", tokens(TokenSequence.lines(text)))).isEqualTo(text);
        }
    }

    @Test
    void equalTokensCompareEqualAcrossSequences() {
        var a = TokenSequence.words("the patient and the caregiver");
        var b = TokenSequence.words("a caregiver");
        assertThat(TokenComparator.INSTANCE.equals(a, 8, b, 2)).isTrue();
        assertThat(TokenComparator.INSTANCE.equals(a, 0, b, 0)).isFalse();
        assertThat(TokenComparator.INSTANCE.hash(a, 0)).isEqualTo(TokenComparator.INSTANCE.hash(a, 6));
    }

    static List<String> tokens(TokenSequence sequence) {
        var tokens = new ArrayList<String>();
        for (int i = 0; i < sequence.size(); i++) {
            tokens.add(sequence.token(i));
        }
        return tokens;
    }

    private static String randomCharacters(Random random) {
        var text = new StringBuilder();
        String alphabet = " \t\n\r.,;*#_`[]()-ab9é\u0301远\uD83D\uDE00";
        for (int i = 0; i < 40; i++) {
            int at = random.nextInt(alphabet.length());
            if (Character.isLowSurrogate(alphabet.charAt(at))) {
                at--;
            }
            text.append(alphabet.codePointAt(at) > 0xFFFF ? alphabet.substring(at, at + 2) : alphabet.charAt(at));
        }
        return text.toString();
    }
}
