package org.quire.comment;

/** The workgroup's answer to a commenter's thread, as the disposition report lists it. */
public enum DispositionKind {
    ACCEPTED("Accepted"),
    ACCEPTED_WITH_MODIFICATION("Accepted with modification"),
    NOT_ACCEPTED("Not accepted"),
    DEFERRED("Deferred"),
    NOTED("Noted");

    private final String label;

    DispositionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
