package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextAnchorTest {

    @Test
    void anAnchorQuotesItsPassageWithUpToThirtyTwoCharactersOfContext() {
        var text = "x".repeat(40) + "quoted" + "y".repeat(40);

        var anchor = TextAnchor.in(text, 40, 46);

        assertThat(anchor.quote()).isEqualTo("quoted");
        assertThat(anchor.prefix()).isEqualTo("x".repeat(32));
        assertThat(anchor.suffix()).isEqualTo("y".repeat(32));
    }

    @Test
    void contextIsShorterAtTheEndsOfTheText() {
        var anchor = TextAnchor.in("abc def", 0, 3);

        assertThat(anchor.prefix()).isEmpty();
        assertThat(anchor.suffix()).isEqualTo(" def");
    }

    @Test
    void aPassageOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> TextAnchor.in("abc", 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not within the text");
        assertThatThrownBy(() -> TextAnchor.in("abc", 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuoteMustBeTheTextBetweenThePositions() {
        assertThatThrownBy(() -> new TextAnchor(0, 3, "ab", "", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
