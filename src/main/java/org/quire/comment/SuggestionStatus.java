package org.quire.comment;

/** Where a suggested edit stands: waiting for a member, applied to the text, or turned down. */
public enum SuggestionStatus {
    PENDING("Waiting for a decision"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
