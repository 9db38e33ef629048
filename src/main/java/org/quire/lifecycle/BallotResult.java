package org.quire.lifecycle;

/** How a decided ballot came out. */
public enum BallotResult {
    APPROVED("Approved"),
    /** The quorum was met but not the threshold, including when everyone who voted abstained. */
    NOT_APPROVED("Not approved"),
    NO_QUORUM("No quorum");

    private final String label;

    BallotResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
