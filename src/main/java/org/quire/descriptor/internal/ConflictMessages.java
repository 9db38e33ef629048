package org.quire.descriptor.internal;

import java.util.List;

import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorConflict;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorText;
import org.quire.shared.InputRejected;

/**
 * The conflicts a merge reports, each in one or two sentences that name the code (or family) and
 * what both sides did, with long values cut short: the full values are in the conflict's fields.
 */
public final class ConflictMessages {

    private static final int SHOWN = 80;

    private ConflictMessages() {
    }

    /** @param name how the message names the descriptor: its code, or the code both started from */
    public static DescriptorConflict field(DescriptorId descriptor, String name, CodeFamilyId family,
            DescriptorField field, String theirs, String mine) {
        return new DescriptorConflict(descriptor, family, field, theirs, mine, name + ": both changed "
                + DescriptorFields.words(field) + ". Theirs: " + shown(theirs) + "; yours: " + shown(mine) + ".");
    }

    /** One side removed a descriptor the other changed; the changed one is kept. */
    public static DescriptorConflict removedAndChanged(Descriptor kept, CodeFamilyId family, boolean theyRemoved) {
        var read = kept.label() + " " + kept.shownText();
        return new DescriptorConflict(kept.id(), family, null, theyRemoved ? "" : read, theyRemoved ? read : "",
                kept.label() + (theyRemoved ? ": they removed it and you changed it; it is kept with your changes."
                        : ": you removed it and they changed it; it is kept with their changes."));
    }

    /** Both moved a descriptor to different families; it stays where mine put it. */
    public static DescriptorConflict moved(Descriptor named, CodeFamilyId family, String theirFamily,
            String myFamily) {
        return new DescriptorConflict(named.id(), family, null, theirFamily, myFamily, named.label()
                + ": both moved it to another family. Theirs: " + shown(theirFamily) + "; yours: " + shown(myFamily)
                + ".");
    }

    public static DescriptorConflict familyName(CodeFamilyId family, String baseName, String theirs, String mine) {
        return new DescriptorConflict(null, family, DescriptorField.FAMILY_NAME, theirs, mine, "The family "
                + shown(baseName) + ": both renamed it. Theirs: " + shown(theirs) + "; yours: " + shown(mine) + ".");
    }

    public static DescriptorConflict familyRemovedAndChanged(CodeFamily kept, boolean theyRemoved) {
        var name = shown(kept.name());
        return new DescriptorConflict(null, kept.id(), null, theyRemoved ? "" : kept.name(),
                theyRemoved ? kept.name() : "", "The family " + name + (theyRemoved
                        ? ": they removed it and you changed it; it is kept with your changes."
                        : ": you removed it and they changed it; it is kept with their changes."));
    }

    public static DescriptorConflict familyOrder(List<String> theirs, List<String> mine) {
        return new DescriptorConflict(null, null, null, String.join("\n", theirs), String.join("\n", mine),
                "Both changed the order of the code families; yours is kept.");
    }

    public static DescriptorConflict descriptorOrder(CodeFamilyId family, String name, List<String> theirs,
            List<String> mine) {
        return new DescriptorConflict(null, family, null, String.join(", ", theirs), String.join(", ", mine),
                "The family " + shown(name) + ": both changed the order of its descriptors; yours is kept.");
    }

    /** The merge would hold more than the set may: nothing of theirs can be applied automatically. */
    public static DescriptorConflict beyondLimits(InputRejected rejected) {
        return new DescriptorConflict(null, null, null, "", "", "Their changes and yours together go beyond what a "
                + "set may hold (" + String.join(" ", rejected.problems()) + "), so your version is kept as it is; "
                + "make the changes of theirs you still need by hand.");
    }

    /** A value as a message quotes it: on one line, cut short at a space when long, "(empty)" when empty. */
    static String shown(String value) {
        var line = DescriptorText.normalized(value.replace("\n", " / "));
        if (line.isEmpty()) {
            return "(empty)";
        }
        if (line.length() > SHOWN) {
            int end = line.lastIndexOf(' ', SHOWN - 1);
            if (end < SHOWN / 2) {
                // one long word: cut inside it, but never between the halves of a character pair
                end = Character.isHighSurrogate(line.charAt(SHOWN - 2)) ? SHOWN - 2 : SHOWN - 1;
            }
            line = line.substring(0, end).stripTrailing() + "…";
        }
        return "\"" + line + "\"";
    }
}
