package org.quire.proposal;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * Someone with a proposal open: reading it (all of it, or one section's history or diff) or
 * editing one section.
 */
public record Presence(PersonKey person, String name, @Nullable SectionId section, Activity activity) {

    public enum Activity {
        READING("reading"), EDITING("editing");

        private final String label;

        Activity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean editing(SectionId candidate) {
        return activity == Activity.EDITING && candidate.equals(section);
    }
}
