package org.quire.markdown;

/**
 * A heading of rendered Markdown, for a table of contents.
 *
 * @param level  1 to 6
 * @param text   the heading's text as shown
 * @param anchor the id of the heading element in the rendered HTML; link to it as {@code "#" + anchor}
 */
public record Heading(int level, String text, String anchor) {
}
