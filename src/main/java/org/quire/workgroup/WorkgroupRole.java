package org.quire.workgroup;

/** A person's role in one workgroup (DESIGN.md section 1). */
public enum WorkgroupRole {
    STAFF("Staff"),
    MEMBER("Member"),
    COMMENTER("Commenter"),
    OBSERVER("Observer");

    private final String label;

    WorkgroupRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
