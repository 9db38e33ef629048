package org.quire.markdown.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard's single pass: each line once, with its prefix and its markup characters. */
class MarkdownLinesTest {

    @Test
    void everyLineComesOnceAndATextEndingInALineBreakEndsWithAnEmptyLine() {
        assertThat(lines("a\n\nb\n")).containsExactly("1:a", "2:", "3:b", "4:");
        assertThat(lines("a")).containsExactly("1:a");
        assertThat(lines("")).containsExactly("1:");
    }

    @Test
    void marksAreTheMarkupCharactersOfTheLineInOrder() {
        var lines = new MarkdownLines("plain\n> *a* [b](c) `d` | e # ^f \\ & ! <g> ~ + _\nx");
        lines.next();
        assertThat(lines.markCount()).isZero();
        lines.next();

        var marks = new StringBuilder();
        for (int k = 0; k < lines.markCount(); k++) {
            marks.append(lines.text().charAt(lines.mark(k)));
        }
        assertThat(marks.toString()).isEqualTo(">**[]``|#^\\&!<>~+_");
        assertThat(lines.prefix().containers()).isEqualTo(1);
    }

    @Test
    void onlySpacesTabsAndCarriageReturnsAreNoContent() {
        var lines = new MarkdownLines(" \t\r\n \u00A0");
        lines.next();
        assertThat(lines.hasContent()).isFalse();
        lines.next();
        assertThat(lines.hasContent()).isTrue();
    }

    private static List<String> lines(String text) {
        var lines = new MarkdownLines(text);
        var read = new ArrayList<String>();
        while (lines.next()) {
            read.add(lines.number() + ":" + text.substring(lines.start(), lines.end()));
        }
        return read;
    }
}
