package org.quire.descriptor.internal;

import java.util.LinkedHashSet;
import java.util.regex.Pattern;

import org.quire.descriptor.CodeFormat;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;

/**
 * What texts and notes refer to: a deleted code's cross-reference note, and codes that exist
 * neither in the set nor in its list of external codes (a typo, or a code renamed since).
 */
final class NoteChecks implements RuleCheck {

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var entry : set.entries()) {
            var descriptor = entry.descriptor();
            if (descriptor.action() == DescriptorAction.DELETED && !descriptor.code().isEmpty()) {
                var note = deletionNote(descriptor.code());
                if (descriptor.notes().stream().noneMatch(text -> note.matcher(text).find())) {
                    findings.add(DescriptorRule.DELETED_WITHOUT_NOTE, entry, DescriptorField.NOTES, entry.label()
                            + " is deleted: add the note \"(" + descriptor.code()
                            + " has been deleted. To report, see ...)\", naming the codes to report instead.");
                }
            }
            unknown(set, entry, DescriptorField.TEXT, "its text", descriptor.text(), findings);
            for (int i = 0; i < descriptor.notes().size(); i++) {
                unknown(set, entry, DescriptorField.NOTES, "note " + (i + 1), descriptor.notes().get(i), findings);
            }
        }
    }

    /** "(9X0X9 has been deleted. To report, see 9X0X1)"; "use" for a single replacement reads as well. */
    private static Pattern deletionNote(String code) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(code)
                + " has been deleted\\b.*\\bto report, (see|use)\\b", Pattern.CASE_INSENSITIVE);
    }

    private static void unknown(SetIndex set, SetIndex.Entry entry, DescriptorField field, String where, String text,
            Findings findings) {
        for (var code : new LinkedHashSet<>(CodeFormat.referencesIn(text))) {
            if (!set.knows(code)) {
                findings.add(DescriptorRule.UNKNOWN_CODE_REFERENCE, entry, field, entry.label() + ": " + where
                        + " refers to " + code + ", which is neither in this set nor marked external. Correct "
                        + "the code, add it to the set, or mark it external.");
            }
        }
    }
}
