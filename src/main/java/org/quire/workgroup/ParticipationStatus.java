package org.quire.workgroup;

/** Only a PENDING request can be withdrawn or decided; the others are kept for the record. */
public enum ParticipationStatus {
    PENDING("Pending"),
    APPROVED("Approved"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ParticipationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
