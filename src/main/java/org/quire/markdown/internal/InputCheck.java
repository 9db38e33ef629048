package org.quire.markdown.internal;

import java.util.Optional;

/** One pre-parse check of Markdown: the problem it found, worded for the person who wrote it. */
interface InputCheck {

    Optional<String> problemIn(String markdown);
}
