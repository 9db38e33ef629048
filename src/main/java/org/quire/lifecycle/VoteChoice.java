package org.quire.lifecycle;

/** What a member says on the milestone under approval. */
public enum VoteChoice {
    APPROVE("Approve"),
    OPPOSE("Oppose"),
    /** Counts toward the quorum, not toward the threshold. */
    ABSTAIN("Abstain");

    private final String label;

    VoteChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
