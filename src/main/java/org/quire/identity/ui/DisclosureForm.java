package org.quire.identity.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.identity.Disclosure;
import org.quire.identity.DisclosureReminder;
import org.quire.identity.InterestKind;
import org.quire.identity.Profile;
import org.quire.identity.Profiles;
import org.quire.shared.InputRejected;

/**
 * The disclosure part of the profile: state it (which confirms it), or confirm it unchanged. Each
 * problem is shown next to the field it concerns.
 */
class DisclosureForm extends Div {

    private final RadioButtonGroup<InterestKind> interest = new RadioButtonGroup<>("Conflict of interest");
    private final TextArea description = new TextArea("Describe the interest");
    private final Profiles profiles;
    private final Consumer<String> saved;

    DisclosureForm(Profile profile, boolean due, Profiles profiles, Consumer<String> saved) {
        this.profiles = profiles;
        this.saved = saved;
        add(new Paragraph("Participation in a workgroup rests on expertise, not on proprietary interests. The staff "
                + "of your workgroups read this disclosure. Change it as soon as your interests change, and confirm "
                + "it at least once a year."));
        var status = new Paragraph(statusOf(profile, due));
        status.setId("disclosure-status");
        status.addClassName(due ? "disclosure-due" : "disclosure-current");
        add(status);

        interest.setId("interest");
        interest.setItems(InterestKind.values());
        interest.setItemLabelGenerator(InterestKind::label);
        interest.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        interest.setRequired(true);
        interest.setManualValidation(true);
        description.setId("interest-description");
        description.setMaxLength(Disclosure.MAX_DESCRIPTION);
        description.setManualValidation(true);
        description.setHelperText("Whom or what the interest concerns, and how. At most " + Disclosure.MAX_DESCRIPTION
                + " characters.");
        description.setWidth("36rem");
        description.setMinHeight("6rem");
        if (profile.disclosure() != null) {
            interest.setValue(profile.disclosure().interest());
            description.setValue(profile.disclosure().description());
        }
        description.setVisible(describing());
        description.addValueChangeListener(change -> description.setInvalid(false));
        interest.addValueChangeListener(change -> {
            interest.setInvalid(false);
            description.setVisible(describing());
        });
        add(interest, description, buttons(profile));
    }

    static String statusOf(Profile profile, boolean due) {
        if (profile.disclosure() == null || profile.disclosureConfirmedAt() == null) {
            return "You have not stated your disclosure yet.";
        }
        var confirmed = "Last confirmed on " + DisclosureReminder.day(profile.disclosureConfirmedAt()) + ".";
        return due ? confirmed + " That is a year or more ago: confirm it, or change it." : confirmed;
    }

    private HorizontalLayout buttons(Profile profile) {
        var save = new Button("Save and confirm", click -> save());
        save.setId("save-disclosure");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var confirm = new Button("Confirm unchanged", click -> {
            profiles.confirmDisclosure();
            saved.accept("Your disclosure is confirmed.");
        });
        confirm.setId("confirm-disclosure");
        confirm.setEnabled(profile.disclosure() != null);
        confirm.getElement().setAttribute("title", "Your disclosure is still accurate: record today's date.");
        return new HorizontalLayout(save, confirm);
    }

    private void save() {
        var problems = Disclosure.problemsOf(interest.getValue(), description.getValue());
        if (!problems.isEmpty()) {
            HasValidationProperties field = interest.getValue() == null ? interest : description;
            field.setErrorMessage(String.join(" ", problems));
            field.setInvalid(true);
            return;
        }
        try {
            profiles.changeDisclosure(new Disclosure(interest.getValue(), description.getValue()));
            saved.accept("Your disclosure is saved and confirmed.");
        } catch (InputRejected rejected) {
            description.setErrorMessage(rejected.getMessage());
            description.setInvalid(true);
        }
    }

    private boolean describing() {
        return interest.getValue() != null && interest.getValue() != InterestKind.NONE;
    }
}
