package org.quire.proposal;

import java.util.List;

import org.quire.shared.PersonKey;

/**
 * Announced once, when the demo proposal was just seeded (revision 1 of each section) with a comment
 * period open to every commenter, so the comment module can seed example threads on it.
 *
 * @param texts the text of each of the proposal's sections, in order
 */
public record DemoProposalReady(Proposal proposal, List<String> texts, PersonKey staff, PersonKey member,
        PersonKey commenter) {

    public DemoProposalReady {
        texts = List.copyOf(texts);
    }
}
