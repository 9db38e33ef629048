package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CodeFormatTest {

    @ParameterizedTest
    @CsvSource({"99202, CATEGORY_I", "00100, CATEGORY_I", "1234F, CATEGORY_II", "0123T, CATEGORY_III",
        "1234T, CATEGORY_III", "0001U, PLA", "9X0X1, PLACEHOLDER", "338X2, PLACEHOLDER", "XXXXX, PLACEHOLDER",
        "12X4T, PLACEHOLDER", "X23XF, PLACEHOLDER", "0X0XU, PLACEHOLDER"})
    void eachKindOfCodeIsRecognised(String code, CodeFormat format) {
        assertThat(CodeFormat.of(code)).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9920", "992021", "9x0x1", "1234X5", "12345F", "123F", "1234A", "ABCDE", "1234t",
        "9X0X1 ", "9X0XY", "XXXXXF", "1234-"})
    void anythingElseIsNoCode(String code) {
        assertThat(CodeFormat.of(code)).isEqualTo(Optional.empty());
    }

    @Test
    void aPlaceholderNeedsAnXAndAPlaceholderOfAnotherCategoryNeedsItAmongTheDigits() {
        assertThat(CodeFormat.isPlaceholder("9X0X1")).isTrue();
        assertThat(CodeFormat.isPlaceholder("99202")).isFalse();
        assertThat(CodeFormat.isPlaceholder("0123T")).isFalse();
        assertThat(CodeFormat.isPlaceholder("012XT")).isTrue();
    }

    @Test
    void modifiersAreTwoDigits() {
        assertThat(CodeFormat.isModifier("95")).isTrue();
        assertThat(CodeFormat.isModifier("93")).isTrue();
        assertThat(CodeFormat.isModifier("9")).isFalse();
        assertThat(CodeFormat.isModifier("951")).isFalse();
        assertThat(CodeFormat.isModifier("9X")).isFalse();
    }

    @Test
    void referencesInRunningTextAreFoundWithTheirNeighboursLeftAlone() {
        assertThat(CodeFormat.referencesIn("(For 9X0X1-9X0X4, see 99202, 0123T or 1234F; 0001U.)"))
                .containsExactly("9X0X1", "9X0X4", "99202", "0123T", "1234F", "0001U");
        assertThat(CodeFormat.referencesIn("15 minutes, 2025, 123456, A99202, 99202B, XXXXX, 9X0X1s")).isEmpty();
        assertThat(CodeFormat.referencesIn("99213-95")).containsExactly("99213");
    }
}
