package org.quire.lifecycle;

/**
 * Something that keeps a proposal from taking a step, with the place to mend it.
 *
 * @param place a route inside Quire (with a fragment where one item is meant)
 */
public record Blocker(String text, String place) {
}
