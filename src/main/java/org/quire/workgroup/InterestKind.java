package org.quire.workgroup;

/**
 * The conflict of interest a person discloses when asking to participate: participation rests on
 * expertise, not proprietary interests, so staff weigh what is declared here.
 */
public enum InterestKind {
    NONE("No conflict of interest"),
    FINANCIAL("Financial interest"),
    PROPRIETARY("Proprietary interest");

    private final String label;

    InterestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
