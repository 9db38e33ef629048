package org.quire.revision.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineAttributionTest {

    @Test
    void eachLineBelongsToTheRevisionThatLastChangedIt() {
        var attribution = new LineAttribution();
        attribution.advance("Intro\n\nFirst paragraph.\n\nSecond paragraph.", 1);
        attribution.advance("Intro\n\nFirst paragraph, edited.\n\nSecond paragraph.", 2);
        attribution.advance("Intro\n\nFirst paragraph, edited.\n\nSecond paragraph.\n\nThird paragraph.", 3);

        assertThat(lines(attribution)).containsExactly("1 Intro", "1 ", "2 First paragraph, edited.", "1 ",
                "1 Second paragraph.", "3 ", "3 Third paragraph.");
    }

    @Test
    void aDeletedLineTakesNothingWithIt() {
        var attribution = new LineAttribution();
        attribution.advance("a\nb\nc\n", 1);
        attribution.advance("a\nb\nc\nd\n", 2);
        attribution.advance("a\nc\nd\n", 3);
        assertThat(lines(attribution)).containsExactly("1 a", "1 c", "2 d");
    }

    @Test
    void anEmptyTextHasNoLines() {
        var attribution = new LineAttribution();
        attribution.advance("a", 1);
        attribution.advance("", 2);
        assertThat(attribution.lineCount()).isZero();
    }

    private static List<String> lines(LineAttribution attribution) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < attribution.lineCount(); i++) {
            lines.add(attribution.owner(i) + " " + attribution.line(i));
        }
        return lines;
    }
}
