package org.quire.identity;

/**
 * The kind of conflict of interest a person discloses, in their profile and when asking to
 * participate: participation rests on expertise, not proprietary interests, so staff weigh what is
 * declared here. Kept in identity because a disclosure belongs to the person, not to one workgroup.
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
