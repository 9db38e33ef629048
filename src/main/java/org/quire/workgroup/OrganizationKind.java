package org.quire.workgroup;

/** What kind of organization a person asking to participate speaks for (DESIGN.md 1b prefers societies). */
public enum OrganizationKind {
    SPECIALTY_SOCIETY("Specialty society"),
    COMPANY("Company"),
    OTHER("Other organization");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
