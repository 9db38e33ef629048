package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-anchoring over the edit scenarios of {@code comment/reanchoring-corpus.txt}: each anchor must
 * come out in the expected state, quoting the expected passage of the new text.
 */
class ReanchoringTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void followsTheAnchorThroughTheEdit(Scenario scenario) {
        var followed = Reanchoring.between(scenario.oldText(), scenario.newText()).follow(scenario.anchor());

        assertThat(followed.state()).isEqualTo(scenario.state());
        assertThat(followed.anchor().quote()).isEqualTo(scenario.quote());
        if (scenario.state() == AnchorState.DETACHED) {
            assertThat(followed.anchor()).isEqualTo(scenario.anchor());
        } else {
            var anchor = followed.anchor();
            assertThat(scenario.newText().substring(anchor.start(), anchor.end())).isEqualTo(anchor.quote());
            assertThat(scenario.newText().substring(anchor.end())).startsWith(scenario.context());
        }
    }

    @Test
    void theCorpusCoversEveryState() {
        assertThat(corpus().map(arguments -> ((Scenario) ((Named<?>) arguments.get()[0]).getPayload()).state()))
                .contains(AnchorState.values());
    }

    @Test
    void oneReanchoringServesEveryAnchorOfTheRevision() {
        var old = "One two three four five six seven.";
        var reanchoring = Reanchoring.between(old, "Zero. One two three four five six seven.");

        assertThat(reanchoring.follow(TextAnchor.in(old, 0, 3)).anchor().start()).isEqualTo(6);
        assertThat(reanchoring.follow(TextAnchor.in(old, 28, 33)).anchor().quote()).isEqualTo("seven");
    }

    @Test
    void aCommonWordIsFoundAgainByItsContextWhenItsParagraphMoved() {
        var old = "First the visit. Then the check-in.\n\nA line about the other thing entirely here.";
        int at = old.indexOf("the check-in") ;
        var anchor = TextAnchor.in(old, at, at + 3);

        var followed = Reanchoring.between(old, "A line about the other thing entirely here.\n\nFirst the visit. Then the check-in.")
                .follow(anchor);

        assertThat(followed.anchor().suffix()).startsWith(" check-in");
    }

    static Stream<Arguments> corpus() {
        return Scenario.parse(read("/comment/reanchoring-corpus.txt")).stream()
                .map(scenario -> Arguments.of(Named.of(scenario.name(), scenario)));
    }

    private static String read(String resource) {
        try (var in = Objects.requireNonNull(ReanchoringTest.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Scenario(String name, String oldText, String newText, TextAnchor anchor, AnchorState state, String quote,
            String context) {

        static List<Scenario> parse(String corpus) {
            var scenarios = new ArrayList<Scenario>();
            for (var block : corpus.split("\n=== ")) {
                if (!block.contains("--- old")) {
                    continue;
                }
                var name = block.substring(0, block.indexOf('\n')).strip();
                var marked = between(block, "--- old\n", "\n--- new");
                var newText = between(block, "--- new\n", "\n--- expect ");
                var expect = block.substring(block.indexOf("--- expect ") + 11).lines().toList();
                var stateAndQuote = expect.getFirst().split(" ", 2);
                var context = expect.stream().filter(line -> line.startsWith("--- context \"")).findFirst()
                        .map(line -> line.substring(13, line.lastIndexOf('"'))).orElse("");
                int open = marked.indexOf("[[");
                int close = marked.indexOf("]]");
                var oldText = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
                scenarios.add(new Scenario(name, oldText, newText, TextAnchor.in(oldText, open, close - 2),
                        AnchorState.valueOf(stateAndQuote[0]), stateAndQuote[1], context));
            }
            return scenarios;
        }

        private static String between(String block, String from, String to) {
            int start = block.indexOf(from) + from.length();
            return block.substring(start, block.indexOf(to, start));
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
