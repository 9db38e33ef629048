package org.quire.proposal;

/** The kinds of section a code change application is made of. */
public enum SectionKind {
    INTRODUCTORY_LANGUAGE("Introductory language"),
    RATIONALE("Rationale"),
    CLINICAL_VIGNETTE("Clinical vignette"),
    DESCRIPTION_OF_SERVICE("Description of service"),
    REFERENCES("References"),
    OTHER("Other");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
