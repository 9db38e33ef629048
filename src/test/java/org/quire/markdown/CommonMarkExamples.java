package org.quire.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the CommonMark spec 0.31.2 (test resource, CC-BY-SA 4.0, see its LICENSE file):
 * Markdown in, expected HTML out, numbered as in the spec, with the section each belongs to.
 */
record CommonMarkExamples(List<Example> examples) {

    private static final String FENCE = "````````````````````````````````";

    record Example(int number, String section, String markdown, String html) {
    }

    static CommonMarkExamples load() {
        try (var in = CommonMarkExamples.class.getResourceAsStream("/commonmark/commonmark-spec-0.31.2.txt")) {
            if (in == null) {
                throw new IllegalStateException("commonmark-spec-0.31.2.txt is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommonMarkExamples parse(String spec) {
        var examples = new ArrayList<Example>();
        var section = "";
        var lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#") && !lines[i].startsWith("#####")) {
                section = lines[i].replaceFirst("^#+\\s*", "");
            }
            if (!lines[i].startsWith(FENCE + " example")) {
                continue;
            }
            var markdown = new StringBuilder();
            var html = new StringBuilder();
            var target = markdown;
            for (i++; !lines[i].startsWith(FENCE); i++) {
                if (lines[i].equals(".") && target == markdown) {
                    target = html;
                    continue;
                }
                target.append(lines[i].replace('→', '\t')).append('\n');
            }
            examples.add(new Example(examples.size() + 1, section, markdown.toString(), html.toString()));
        }
        return new CommonMarkExamples(List.copyOf(examples));
    }
}
