package org.quire.markdown.internal;

import java.util.Optional;

/**
 * One pre-parse check of Markdown, fed every line in order by the guard's single pass: the problem it
 * found, worded for the person who wrote it. One per text; the first problem found is the one reported.
 */
interface InputCheck {

    void read(MarkdownLines line);

    Optional<String> problem();
}
