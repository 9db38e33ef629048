package org.quire.proposal.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorEdits;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.shared.InputRejected;

/**
 * The descriptor set as a form: its families in order (each a {@link FamilyPanel}), the codes the set
 * refers to from outside it, and "No codes yet" while it has none. Buttons edit the set through
 * {@link DescriptorEdits}; after every change the panels, the problem summary and the preview follow.
 */
class DescriptorForm extends Div implements FamilyPanel.Actions {

    private final EditedDescriptorSet edited;
    private final ProblemSummary summary;
    private final DescriptorPreview preview;
    private final SaveMessages messages;
    private final Div families = new Div();
    private final Div empty = new Div();
    private final Button addFamily = new Button("Add a code family");
    private final ExternalCodesField externalCodes;
    private final Map<CodeFamilyId, FamilyPanel> panels = new LinkedHashMap<>();

    DescriptorForm(EditedDescriptorSet edited, ProblemSummary summary, DescriptorPreview preview,
            SaveMessages messages) {
        this.edited = edited;
        this.summary = summary;
        this.preview = preview;
        this.messages = messages;
        this.externalCodes = new ExternalCodesField(edited);
        setId("descriptor-form");
        addClassName("descriptor-form");
        families.addClassName("descriptor-families");
        var none = new Paragraph("No codes yet.");
        none.addClassName("empty-state");
        empty.add(none, new Paragraph("Start with a code family, such as the visits one kind of service shares; "
                + "then add its codes and the codes indented under them."));
        empty.setId("no-codes");
        addFamily.setId("add-family");
        addFamily.addClickListener(click -> addFamily());
        add(empty, families, addFamily, externalCodes);
    }

    /** Shows the edited set; called after every change to it. */
    void refresh() {
        var set = edited.set();
        edited.forgetRefusalsExcept(fieldsOf(set));
        var ids = set.families().stream().map(CodeFamily::id).toList();
        panels.keySet().retainAll(ids);
        set.families().forEach(family -> panels.computeIfAbsent(family.id(),
                ignored -> new FamilyPanel(family, edited, this)));
        var shownOrder = families.getChildren().map(component -> ((FamilyPanel) component).id).toList();
        if (!shownOrder.equals(ids)) {
            families.removeAll();
            ids.forEach(id -> families.add(panels.get(id)));
        }
        for (int i = 0; i < ids.size(); i++) {
            panels.get(ids.get(i)).show(set.families().get(i), i == 0, i == ids.size() - 1, set);
        }
        empty.setVisible(ids.isEmpty());
        externalCodes.show(set);
        summary.show(edited.report(), edited.refusedFields(), this::focus);
        preview.show(set);
    }

    @Override
    public void addCode(CodeFamilyId family) {
        var added = Descriptor.of("", DescriptorAction.NEW, "");
        edit(set -> DescriptorEdits.add(set, family, added)).ifPresent(done -> focus(code(added.id())));
    }

    @Override
    public void addChild(DescriptorId parent) {
        var added = Descriptor.of("", DescriptorAction.NEW, "");
        edit(set -> DescriptorEdits.addChild(set, parent, added)).ifPresent(done -> focus(code(added.id())));
    }

    @Override
    public void move(DescriptorId id, int by) {
        edit(set -> DescriptorEdits.move(set, id, by)).ifPresent(done -> edited.set().familyOf(id)
                .map(family -> panels.get(family.id()).card(id).buttons)
                .ifPresent(buttons -> keepFocus(by < 0 ? buttons.up : buttons.down, by < 0 ? buttons.down
                        : buttons.up)));
    }

    @Override
    public void remove(DescriptorId id) {
        var family = edited.set().familyOf(id);
        var label = edited.set().descriptor(id).map(Descriptor::label).orElse("the code");
        var before = edited.set();
        edit(set -> DescriptorEdits.remove(set, id)).ifPresent(done -> {
            family.map(f -> panels.get(f.id())).ifPresent(FamilyPanel::focusAddCode);
            RemovalUndo.offer("Removed " + label + ".", before, edited, messages);
        });
    }

    private void addFamily() {
        var family = CodeFamily.of("", List.of());
        edit(set -> DescriptorEdits.addFamily(set, family)).ifPresent(done -> panels.get(family.id()).focusName());
    }

    @Override
    public void moveFamily(CodeFamilyId family, int by) {
        edit(set -> DescriptorEdits.moveFamily(set, family, by)).ifPresent(done -> keepFocus(
                panels.get(family).moveButton(by), panels.get(family).moveButton(-by)));
    }

    @Override
    public void removeFamily(CodeFamilyId family) {
        var before = edited.set();
        var name = panels.get(family).headingText();
        edit(set -> DescriptorEdits.removeFamily(set, family)).ifPresent(done -> {
            addFamily.focus();
            RemovalUndo.offer("Removed the family " + name + " with its codes.", before, edited, messages);
        });
    }

    /** Makes a button's edit, or says why it could not be made. */
    private Optional<DescriptorSet> edit(UnaryOperator<DescriptorSet> change) {
        Optional<InputRejected> refused = edited.restructured(change);
        refused.ifPresent(problem -> messages.warn(problem.getMessage()));
        return refused.isPresent() ? Optional.empty() : Optional.of(edited.set());
    }

    /** After a move, focus stays on the button pressed, or its pair once the code reached an end. */
    private static void keepFocus(Button pressed, Button other) {
        (pressed.isEnabled() ? pressed : other).focus();
    }

    /** The set as the form holds it (what a save sends). */
    DescriptorSet editedSet() {
        return edited.set();
    }

    /** Moves the focus to a field by its key (as a summary link does). */
    void focus(String key) {
        find(this, key).ifPresent(component -> {
            if (component instanceof NotesEditor notes) {
                notes.focusFirst();
            } else if (component instanceof Focusable<?> field) {
                field.focus();
            }
        });
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    private static String code(DescriptorId id) {
        return DescriptorFieldKeys.of(id, DescriptorField.CODE);
    }

    private static Set<String> fieldsOf(DescriptorSet set) {
        var keys = new HashSet<String>();
        keys.add(DescriptorFieldKeys.EXTERNAL_CODES);
        set.families().forEach(family -> keys.add(DescriptorFieldKeys.familyName(family.id())));
        set.descriptors().forEach(descriptor -> {
            for (var field : DescriptorField.values()) {
                keys.add(DescriptorFieldKeys.of(descriptor.id(), field));
            }
        });
        return keys;
    }
}
