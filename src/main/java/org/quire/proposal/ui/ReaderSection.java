package org.quire.proposal.ui;

import com.vaadin.flow.component.Component;
import org.quire.proposal.Section;

/**
 * One section as the reader shows it.
 *
 * @param revision the revision shown, whose Markdown is {@code source}
 * @param text the rendered text: its block elements carry {@code data-source-pos="start-end"},
 *        their range in {@code source}
 */
public record ReaderSection(Section section, int revision, String source, Component text) {
}
