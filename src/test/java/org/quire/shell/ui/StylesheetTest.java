package org.quire.shell.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every feature appends its block to the one stylesheet; a block left open (a merge once dropped
 * two closing braces) silently swallows every rule after it, so the braces must balance.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/META-INF/resources/styles/quire.css");

    @Test
    void everyBlockOfTheStylesheetIsClosedBeforeTheNextOneOpens() throws IOException {
        var css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            assertThat(depth).as("brace depth at line %d (comments removed)", line).isBetween(0, 2);
        }
        assertThat(depth).as("unclosed blocks at the end").isZero();
    }
}
