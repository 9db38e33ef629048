package org.quire.workgroup.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.quire.identity.InterestKind;
import org.quire.workgroup.NewParticipationRequest;
import org.quire.workgroup.OrganizationKind;
import org.quire.workgroup.WorkgroupRole;

/** The fields of a participation request, each labelled, with its limit enforced as typed. */
class ParticipationRequestFields extends FormLayout {

    private final RadioButtonGroup<OrganizationKind> organizationKind = new RadioButtonGroup<>("Kind of organization");
    private final TextField organization = new TextField("Organization you speak for");
    private final TextArea rationale = new TextArea("Statement of rationale");
    private final TextArea expertise = new TextArea("Your expertise");
    private final RadioButtonGroup<WorkgroupRole> role = new RadioButtonGroup<>("Role you ask for");
    private final RadioButtonGroup<InterestKind> interest = new RadioButtonGroup<>("Conflict of interest");
    private final TextArea interestDescription = new TextArea("Describe the interest");

    ParticipationRequestFields() {
        organizationKind.setId("organization-kind");
        organizationKind.setItems(OrganizationKind.values());
        organizationKind.setItemLabelGenerator(OrganizationKind::label);
        organizationKind.setRequired(true);
        organization.setId("organization");
        organization.setRequired(true);
        organization.setMaxLength(NewParticipationRequest.MAX_ORGANIZATION);
        organization.setHelperText("A specialty society, a company, or another organization.");
        text(rationale, "rationale", NewParticipationRequest.MAX_RATIONALE, "Why you want to take part.");
        text(expertise, "expertise", NewParticipationRequest.MAX_EXPERTISE,
                "Your experience with telehealth technology, its clinical use, or coding.");
        role.setId("role-asked");
        role.setItems(NewParticipationRequest.ROLES_TO_ASK);
        role.setItemLabelGenerator(r -> r == WorkgroupRole.MEMBER ? "Member: draft proposals and descriptors"
                : "Commenter: comment and suggest edits during comment periods");
        role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        role.setValue(WorkgroupRole.MEMBER);
        role.setRequired(true);
        interest.setId("interest");
        interest.setItems(InterestKind.values());
        interest.setItemLabelGenerator(InterestKind::label);
        interest.setRequired(true);
        text(interestDescription, "interest-description", NewParticipationRequest.MAX_INTEREST,
                "Whom or what the interest concerns, and how.");
        interestDescription.setVisible(false);
        interest.addValueChangeListener(e -> interestDescription.setVisible(
                e.getValue() != null && e.getValue() != InterestKind.NONE));
        add(organizationKind, organization, rationale, expertise, role, interest, interestDescription);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("48rem");
    }

    /** @throws org.quire.shared.InputRejected with every problem of what was filled in */
    NewParticipationRequest request() {
        return new NewParticipationRequest(organizationKind.getValue(), organization.getValue(), rationale.getValue(),
                expertise.getValue(), role.getValue(), interest.getValue(), interestDescription.getValue());
    }

    private static void text(TextArea area, String id, int limit, String helper) {
        area.setId(id);
        area.setRequired(true);
        area.setMaxLength(limit);
        area.setHelperText(helper);
        area.setMinHeight("6rem");
    }
}
