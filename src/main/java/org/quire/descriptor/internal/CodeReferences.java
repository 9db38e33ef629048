package org.quire.descriptor.internal;

import java.util.regex.Matcher;

import org.quire.descriptor.CodeFormat;
import org.quire.descriptor.Descriptor;

/**
 * Renaming a code in running text. Only whole codes as {@link CodeFormat#REFERENCE} finds them are
 * replaced, so renaming 9X0X1 leaves 9X0X10 and A9X0X1 alone, and a code that is not shaped like a
 * reference (a typing mistake such as "9X0X") renames nothing: it could match ordinary words or numbers.
 */
public final class CodeReferences {

    private CodeReferences() {
    }

    public static String renamed(String text, String oldCode, String newCode) {
        if (oldCode.isEmpty() || !text.contains(oldCode)) {
            return text;
        }
        var matcher = CodeFormat.REFERENCE.matcher(text);
        var renamed = new StringBuilder(text.length());
        while (matcher.find()) {
            var replacement = matcher.group().equals(oldCode) ? newCode : matcher.group();
            matcher.appendReplacement(renamed, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(renamed);
        return renamed.toString();
    }

    /** The descriptor with every reference to the old code in its texts and notes renamed. */
    public static Descriptor renamedIn(Descriptor descriptor, String oldCode, String newCode) {
        var notes = descriptor.notes().stream().map(note -> renamed(note, oldCode, newCode)).toList();
        var changed = descriptor.withText(renamed(descriptor.text(), oldCode, newCode))
                .withCurrentText(renamed(descriptor.currentText(), oldCode, newCode))
                .withNotes(notes);
        return changed.equals(descriptor) ? descriptor : changed;
    }
}
