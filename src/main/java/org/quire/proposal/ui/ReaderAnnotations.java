package org.quire.proposal.ui;

/**
 * Adds to the reader view (highlights in the text, a margin of threads): implemented as a Spring
 * bean by a module that depends on proposals. Called on the UI thread each time the page shows the
 * proposal, on the first load and after every change, with fresh components.
 */
public interface ReaderAnnotations {

    void annotate(ReaderPage page);
}
