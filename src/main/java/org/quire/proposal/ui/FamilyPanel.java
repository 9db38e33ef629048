package org.quire.proposal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorEdits;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorLimits;
import org.quire.descriptor.DescriptorSet;

/**
 * One code family in the form: its name (a heading for finding one's way), buttons to move and
 * remove it and to add a code, how many problems it has, and its descriptors in order, indented
 * codes set in under their parent. Cards are kept per descriptor id, so a move or an added code
 * leaves what the person typed elsewhere alone.
 */
class FamilyPanel extends Section {

    /** What the family's buttons ask of the form. */
    interface Actions extends DescriptorCard.Actions {
        void addCode(CodeFamilyId family);

        void moveFamily(CodeFamilyId family, int by);

        void removeFamily(CodeFamilyId family);
    }

    final CodeFamilyId id;
    private final H2 heading = new H2();
    private final TextField name = new TextField("Family name");
    private final Button up = new Button("Move family up");
    private final Button down = new Button("Move family down");
    private final Button remove = new Button("Remove family");
    private final Paragraph problems = new Paragraph();
    private final Div cards = new Div();
    private final Button addCode = new Button("Add code");
    private final Map<DescriptorId, DescriptorCard> cardsById = new LinkedHashMap<>();
    private final EditedDescriptorSet edited;
    private final Actions actions;

    FamilyPanel(CodeFamily family, EditedDescriptorSet edited, Actions actions) {
        this.id = family.id();
        this.edited = edited;
        this.actions = actions;
        addClassName("family-panel");
        setId("family-" + id.value());
        heading.setId("family-heading-" + id.value());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var nameKey = DescriptorFieldKeys.familyName(id);
        name.setId(nameKey);
        name.setMaxLength(DescriptorLimits.MAX_FAMILY_NAME);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setValueChangeTimeout(DescriptorCard.TYPING_PAUSE_MILLIS);
        name.setManualValidation(true);
        name.addClassName("family-name");
        name.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edited.fieldChanged(nameKey, set -> DescriptorEdits.renameFamily(set, id, change.getValue()));
            }
        });
        up.setId("move-family-up-" + id.value());
        up.addClickListener(click -> actions.moveFamily(id, -1));
        down.setId("move-family-down-" + id.value());
        down.addClickListener(click -> actions.moveFamily(id, 1));
        remove.setId("remove-family-" + id.value());
        remove.addClickListener(click -> actions.removeFamily(id));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        addCode.setId("add-code-" + id.value());
        addCode.addClickListener(click -> actions.addCode(id));
        problems.addClassName("family-problems");
        cards.addClassName("family-descriptors");
        var top = new Div(name, new Div(up, down, remove));
        top.addClassName("family-panel-top");
        add(heading, top, problems, cards, addCode);
    }

    void show(CodeFamily family, boolean first, boolean last, DescriptorSet set) {
        var label = family.name().isEmpty() ? "Unnamed code family" : family.name();
        heading.setText(label);
        up.setEnabled(!first);
        down.setEnabled(!last);
        up.setAriaLabel("Move family up (" + label + ")");
        down.setAriaLabel("Move family down (" + label + ")");
        remove.setAriaLabel("Remove family " + label + " and its codes");
        addCode.setAriaLabel("Add code to " + label);
        var nameKey = DescriptorFieldKeys.familyName(id);
        if (!nameKey.equals(edited.lastField()) && edited.refusal(nameKey).isEmpty()
                && !name.getValue().strip().equals(family.name())) {
            name.setValue(family.name());
        }
        var report = edited.report();
        FieldMessages.show(name, edited.refusal(nameKey),
                report.forFamily(id).stream().filter(problem -> problem.descriptor() == null).toList());
        var found = report.forFamily(id);
        problems.setText(found.isEmpty() ? "" : "In this family: " + ProblemSummary.count(found) + ".");
        problems.setVisible(!found.isEmpty());
        showCards(family.descriptors(), set);
    }

    private void showCards(List<Descriptor> descriptors, DescriptorSet set) {
        var ids = descriptors.stream().map(Descriptor::id).toList();
        cardsById.keySet().retainAll(ids);
        for (var descriptor : descriptors) {
            cardsById.computeIfAbsent(descriptor.id(), ignored -> new DescriptorCard(descriptor, edited, actions));
        }
        var shownOrder = cards.getChildren().map(component -> ((DescriptorCard) component).id).toList();
        if (!shownOrder.equals(ids)) {
            cards.removeAll();
            ids.forEach(descriptorId -> cards.add(cardsById.get(descriptorId)));
        }
        for (var descriptor : descriptors) {
            var card = cardsById.get(descriptor.id());
            var parent = descriptor.parentId().flatMap(set::descriptor).orElse(null);
            card.show(descriptor, parent, edited);
            var siblings = descriptors.stream()
                    .filter(other -> Objects.equals(other.parent(), descriptor.parent())).toList();
            card.buttons.ends(siblings.getFirst().equals(descriptor), siblings.getLast().equals(descriptor));
        }
    }

    DescriptorCard card(DescriptorId descriptor) {
        return cardsById.get(descriptor);
    }

    String headingText() {
        return heading.getText();
    }

    void focusName() {
        name.focus();
    }

    void focusAddCode() {
        addCode.focus();
    }

    Button moveButton(int by) {
        return by < 0 ? up : down;
    }
}
