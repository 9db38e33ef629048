package org.quire.api;

/** Whether a token still lets its holder in. */
public enum AccessTokenStatus {
    ACTIVE("Active"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    AccessTokenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
