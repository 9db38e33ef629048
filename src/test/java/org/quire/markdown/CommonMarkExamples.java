package org.quire.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The examples of the CommonMark spec (test resource), numbered as the spec numbers them. Public for
 * the tests of the pipeline's internal parts, which must render them as flexmark's own would.
 */
public record CommonMarkExamples(List<Example> all) {

    static final String RESOURCE = "/commonmark/commonmark-spec-0.31.2.txt";

    private static final String FENCE = "````````````````````````````````";

    /** One example: Markdown in, the HTML the spec expects out; {@code →} in the spec is a tab. */
    public record Example(int number, String section, String markdown, String html) {
    }

    public static CommonMarkExamples load() {
        try (InputStream in = Objects.requireNonNull(CommonMarkExamples.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommonMarkExamples parse(String spec) {
        var examples = new ArrayList<Example>();
        String[] lines = spec.split("\n", -1);
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                section = lines[i].replaceFirst("^#+\\s*", "");
            } else if (lines[i].equals(FENCE + " example")) {
                var markdown = new StringBuilder();
                for (i++; !lines[i].equals("."); i++) {
                    markdown.append(lines[i]).append('\n');
                }
                var html = new StringBuilder();
                for (i++; !lines[i].equals(FENCE); i++) {
                    html.append(lines[i]).append('\n');
                }
                examples.add(new Example(examples.size() + 1, section, markdown.toString().replace('→', '\t'),
                        html.toString().replace('→', '\t')));
            }
        }
        return new CommonMarkExamples(List.copyOf(examples));
    }
}
