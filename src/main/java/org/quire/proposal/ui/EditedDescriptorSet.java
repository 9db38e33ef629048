package org.quire.proposal.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorEdits;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorValidation;
import org.quire.descriptor.ValidationReport;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;

/**
 * The set the descriptor form edits, the revision it is based on, and what validation finds in it.
 * Input the model cannot hold (beyond its limits, invisible characters) is not taken into the set:
 * its messages are kept for the field that typed it, which keeps the typed value, and saving waits
 * until the field is corrected. After every change the listener redraws what depends on the set.
 */
final class EditedDescriptorSet {

    final ProposalId proposal;
    private final Map<String, List<String>> refused = new HashMap<>();
    private DescriptorSet set = DescriptorSet.EMPTY;
    private DescriptorSet baseSet = DescriptorSet.EMPTY;
    private ValidationReport report = DescriptorValidation.validate(DescriptorSet.EMPTY);
    private int base;
    private @Nullable String lastField;
    private @Nullable DescriptorId renaming;
    private @Nullable DescriptorSet beforeRenaming;
    private Runnable changed = () -> { };

    EditedDescriptorSet(ProposalId proposal) {
        this.proposal = proposal;
    }

    void onChange(Runnable listener) {
        changed = listener;
    }

    /** The form now shows {@code shown}, edited from revision {@code base} whose set is {@code baseSet}. */
    void load(int base, DescriptorSet baseSet, DescriptorSet shown) {
        this.base = base;
        this.baseSet = baseSet;
        refused.clear();
        endRenaming();
        lastField = null;
        apply(shown);
    }

    /** The form's set is saved as revision {@code base}; what was typed meanwhile stays. */
    void savedAs(int base, DescriptorSet baseSet) {
        this.base = base;
        this.baseSet = baseSet;
        changed.run();
    }

    /** A field's new value; refused input is kept aside with its messages, the set stays as it was. */
    void fieldChanged(String field, UnaryOperator<DescriptorSet> edit) {
        endRenaming();
        lastField = field;
        try {
            var edited = edit.apply(set);
            refused.remove(field);
            apply(edited);
        } catch (InputRejected rejected) {
            refused.put(field, rejected.problems());
            changed.run();
        }
    }

    /** A field that edits one descriptor. */
    void descriptorChanged(String field, DescriptorId id, UnaryOperator<Descriptor> edit) {
        fieldChanged(field, current -> DescriptorEdits.replace(current, edit.apply(descriptor(current, id))));
    }

    /**
     * A code typed into the code field. Each keystroke renames from the set as it was before this
     * field was first changed, so a half-typed code ("9X0") never becomes the reference that the
     * next keystroke then cannot find again.
     */
    void codeChanged(String field, DescriptorId id, String code) {
        var before = id.equals(renaming) && beforeRenaming != null ? beforeRenaming : set;
        fieldChanged(field, ignored -> DescriptorEdits.renameCode(before, id, code));
        renaming = id;
        beforeRenaming = before;
    }

    /** A button's edit (add, move, remove); returns the refusal when the edit could not be made. */
    Optional<InputRejected> restructured(UnaryOperator<DescriptorSet> edit) {
        endRenaming();
        lastField = null;
        try {
            apply(edit.apply(set));
            return Optional.empty();
        } catch (InputRejected rejected) {
            return Optional.of(rejected);
        }
    }

    private void apply(DescriptorSet edited) {
        set = edited;
        report = DescriptorValidation.validate(edited);
        changed.run();
    }

    private void endRenaming() {
        renaming = null;
        beforeRenaming = null;
    }

    private static Descriptor descriptor(DescriptorSet set, DescriptorId id) {
        return set.descriptor(id).orElseThrow(() -> new InputRejected("This descriptor is no longer in the set. "
                + "Reload to see the current set."));
    }

    DescriptorSet set() {
        return set;
    }

    DescriptorSet baseSet() {
        return baseSet;
    }

    int base() {
        return base;
    }

    ValidationReport report() {
        return report;
    }

    /** The field whose change led to the current state: it shows what the person typed, untouched. */
    @Nullable String lastField() {
        return lastField;
    }

    List<String> refusal(String field) {
        return refused.getOrDefault(field, List.of());
    }

    /** Refusals for fields no longer on the form are dropped (their descriptor was removed). */
    void forgetRefusalsExcept(Set<String> fields) {
        refused.keySet().retainAll(fields);
    }

    int refusedFields() {
        return refused.size();
    }

    boolean unsaved() {
        return !refused.isEmpty() || !set.equals(baseSet);
    }
}
