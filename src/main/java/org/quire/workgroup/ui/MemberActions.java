package org.quire.workgroup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.RosterEntry;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupRole;

/** The changes staff can make, each asking for a reason first. */
class MemberActions extends Div {

    MemberActions(RosterEntry member, WorkgroupId workgroup, WorkgroupMembers members,
            Consumer<String> changed) {
        setId("member-actions");
        if (member.status() == MembershipStatus.REMOVED) {
            add(new Paragraph("Removed from the workgroup. They can ask to participate again; you then decide on "
                    + "their new request."));
            return;
        }
        var role = new Select<WorkgroupRole>();
        role.setId("new-role");
        role.setLabel("Role");
        role.setItems(WorkgroupRole.values());
        role.setItemLabelGenerator(WorkgroupRole::label);
        role.setValue(member.role());
        var changeRole = new Button("Change role…", click -> new ReasonDialog(
                "Change the role of " + member.name(),
                member.name() + " becomes " + role.getValue().label().toLowerCase() + ". The change applies from "
                        + "their next action in Quire.",
                "Change role", reason -> {
                    members.changeRole(workgroup, member.person(), role.getValue(), reason);
                    return member.name() + " is now " + role.getValue().label().toLowerCase() + ".";
                }, changed).open());
        changeRole.setId("change-role");
        changeRole.setEnabled(false);
        role.addValueChangeListener(chosen -> changeRole.setEnabled(chosen.getValue() != member.role()));
        var roleRow = new HorizontalLayout(role, changeRole);
        roleRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(roleRow);

        var suspended = member.status() == MembershipStatus.SUSPENDED;
        var status = suspended
                ? new Button("Reinstate…", click -> new ReasonDialog("Reinstate " + member.name(),
                        member.name() + " regains their role from their next action in Quire.", "Reinstate",
                        reason -> {
                            members.reinstate(workgroup, member.person(), reason);
                            return member.name() + " is reinstated.";
                        }, changed).open())
                : new Button("Suspend…", click -> new ReasonDialog("Suspend " + member.name(),
                        member.name() + " keeps their role but can do nothing in this workgroup until reinstated, "
                                + "from their next action in Quire.", "Suspend",
                        reason -> {
                            members.suspend(workgroup, member.person(), reason);
                            return member.name() + " is suspended.";
                        }, changed).open());
        status.setId(suspended ? "reinstate-member" : "suspend-member");
        var remove = new Button("Remove…", click -> new ReasonDialog("Remove " + member.name(),
                member.name() + " leaves the workgroup; their history stays. They can ask to participate again.",
                "Remove", reason -> {
                    members.remove(workgroup, member.person(), reason);
                    return member.name() + " is removed from the workgroup.";
                }, changed).open());
        remove.setId("remove-member");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new HorizontalLayout(status, remove));
    }
}
