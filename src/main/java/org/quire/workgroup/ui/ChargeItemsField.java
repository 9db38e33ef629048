package org.quire.workgroup.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.workgroup.NewWorkgroup;

/** The charge of a new workgroup: an ordered list of Markdown items, added and removed one by one. */
class ChargeItemsField extends Div {

    private final List<TextArea> items = new ArrayList<>();
    private final Div list = new Div();
    private final Button add = new Button("Add a charge item", e -> addItem());

    ChargeItemsField() {
        setId("charge-items");
        addClassName("charge-items");
        add.setId("add-charge-item");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H2("Charge"), list, add);
        addItem();
    }

    List<String> values() {
        return items.stream().map(TextArea::getValue).toList();
    }

    /** Marks each item that breaks a limit; {@code true} when all are fine. */
    boolean validate() {
        var fine = true;
        for (int i = 0; i < items.size(); i++) {
            var problem = NewWorkgroup.chargeItemProblem(i + 1, items.get(i).getValue());
            items.get(i).setErrorMessage(problem.orElse(null));
            items.get(i).setInvalid(problem.isPresent());
            fine &= problem.isEmpty();
        }
        return fine;
    }

    /** Back to one empty item. */
    void reset() {
        items.clear();
        list.removeAll();
        addItem();
    }

    private void addItem() {
        var item = new TextArea();
        item.addClassName("charge-item-field");
        item.setMaxLength(NewWorkgroup.MAX_CHARGE_ITEM);
        item.setWidthFull();
        item.setHelperText("Markdown; at most " + NewWorkgroup.MAX_CHARGE_ITEM + " characters");
        var remove = new Button("Remove", e -> removeItem(item));
        remove.addClassName("remove-charge-item");
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        var row = new Div(item, remove);
        row.addClassName("charge-item-row");
        items.add(item);
        list.add(row);
        relabel();
        item.focus();
    }

    private void removeItem(TextArea item) {
        items.remove(item);
        item.getParent().ifPresent(row -> list.remove(row));
        relabel();
    }

    private void relabel() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setLabel("Charge item " + (i + 1));
            items.get(i).setId("charge-item-" + (i + 1));
        }
        add.setEnabled(items.size() < NewWorkgroup.MAX_CHARGE_ITEMS);
        var number = new int[1];
        list.getChildren().forEach(row -> {
            number[0]++;
            row.getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(button -> {
                button.setEnabled(items.size() > 1);
                button.setAriaLabel("Remove charge item " + number[0]);
            });
        });
    }
}
