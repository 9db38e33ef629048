package org.quire.descriptor;

/** What a proposal does to a code. The symbol is CPT's; the label is what a screen reader says. */
public enum DescriptorAction {

    NEW("●", "new code"),
    REVISED("▲", "revised code"),
    /** Shown struck through with its "(xxxxx has been deleted. To report, see ...)" note. */
    DELETED("", "deleted code"),
    /** Shown for context only, as published. */
    UNCHANGED("", "unchanged code");

    private final String symbol;
    private final String label;

    DescriptorAction(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** CPT's mark before the code, or "" when CPT has none. */
    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    /** Whether the descriptor carries its current published text (revised and deleted codes do). */
    public boolean hasCurrentText() {
        return this == REVISED || this == DELETED;
    }

    /** Whether it is a change the summary table lists. */
    public boolean isChange() {
        return this != UNCHANGED;
    }
}
