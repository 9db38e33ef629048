package org.quire.proposal.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.shared.InputRejected;
import org.quire.workgroup.Workgroup;

/** Title and charge items of a new proposal; Quire assigns the number. */
class NewProposalDialog extends Dialog {

    NewProposalDialog(Workgroup workgroup, ProposalService proposals) {
        setHeaderTitle("New proposal");
        var title = new TextField("Title");
        title.setId("new-proposal-title");
        title.setRequired(true);
        title.setMaxLength(NewProposal.MAX_TITLE);
        title.setWidthFull();
        title.setHelperText("Quire assigns the number (" + workgroup.proposalPrefix() + "-year-sequence).");
        var charge = new CheckboxGroup<Integer>("Charge items it answers");
        charge.setItems(IntStream.rangeClosed(1, workgroup.charge().size()).boxed().toList());
        charge.setItemLabelGenerator(item -> item + ". " + ChargeItems.headline(workgroup.charge().get(item - 1)));
        charge.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        add(title, charge);

        var create = new Button("Create", click -> {
            try {
                var created = proposals.create(workgroup.id(),
                        new NewProposal(title.getValue(), List.copyOf(charge.getSelectedItems())));
                close();
                UI.getCurrent().navigate(ProposalRoutes.proposal(created.id()));
            } catch (InputRejected rejected) {
                title.setInvalid(true);
                title.setErrorMessage(rejected.getMessage());
            }
        });
        create.setId("create-proposal");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
        setWidth("36rem");
    }
}
