package org.quire.revision;

/**
 * One line of a revision (numbered from 1, without its line break) and the revision that last
 * changed it. A Markdown paragraph is one line, so this names who last touched each paragraph.
 */
public record BlameLine(int lineNumber, String text, Revision revision) {
}
