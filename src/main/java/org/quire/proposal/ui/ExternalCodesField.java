package org.quire.proposal.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.quire.descriptor.DescriptorLimits;
import org.quire.descriptor.DescriptorSet;

/**
 * The codes the set's texts and notes may mention although the proposal does not change them (an
 * in-person visit code, say), typed as a list. A code that is not one is refused with the model's
 * message, next to the field, until it is corrected.
 */
class ExternalCodesField extends TextField {

    private final EditedDescriptorSet edited;

    ExternalCodesField(EditedDescriptorSet edited) {
        super("Codes referred to from outside the set");
        this.edited = edited;
        setId(DescriptorFieldKeys.EXTERNAL_CODES);
        addClassName("external-codes");
        setWidthFull();
        // a code and a separator each, for as many codes as a set may mark
        setMaxLength((DescriptorLimits.MAX_CODE + 2) * DescriptorLimits.MAX_EXTERNAL_CODES);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(DescriptorCard.TYPING_PAUSE_MILLIS);
        setManualValidation(true);
        FieldMessages.help(this, "Existing codes that texts and notes mention but this proposal does not change, "
                + "separated by spaces or commas (e.g. 99202, 99213). Notes may refer to these and to the codes "
                + "of the set.");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edited.fieldChanged(DescriptorFieldKeys.EXTERNAL_CODES,
                        set -> set.withExternalCodes(codes(change.getValue())));
            }
        });
    }

    void show(DescriptorSet set) {
        var key = DescriptorFieldKeys.EXTERNAL_CODES;
        if (!key.equals(edited.lastField()) && edited.refusal(key).isEmpty()
                && !codes(getValue()).equals(set.externalCodes())) {
            setValue(String.join(", ", set.externalCodes()));
        }
        FieldMessages.show(this, edited.refusal(key), List.of());
    }

    static Set<String> codes(String typed) {
        var codes = new LinkedHashSet<String>();
        Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(code -> !code.isEmpty())
                .forEach(codes::add);
        return codes;
    }
}
