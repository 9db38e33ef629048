package org.quire.workgroup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import org.quire.identity.DisclosureReminder;
import org.quire.workgroup.MemberDetails;
import org.quire.workgroup.MembershipChange;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupRole;

/** One member as staff see them: standing, disclosures, history, and the changes staff can make. */
class MemberDetailsPanel extends Section {

    MemberDetailsPanel(MemberDetails details, Workgroup workgroup, WorkgroupMembers members,
            Consumer<String> changed) {
        var member = details.member();
        var heading = new H2(member.name());
        heading.setId("member-name");
        getElement().setAttribute("aria-labelledby", "member-name");
        var standing = new Paragraph((member.organization() == null ? "No organization stated" : member.organization())
                + " · " + member.role().label() + " · " + MemberLabels.status(member.status()));
        standing.setId("member-standing");
        add(heading, standing);
        add(new H3("Disclosures"), disclosures(details));
        add(new H3("History"), history(details));
        add(new H3("Changes"), new MemberActions(member, workgroup.id(), members, changed));
    }

    private static DescriptionList disclosures(MemberDetails details) {
        var list = new DescriptionList();
        list.setId("member-disclosures");
        list.addClassName("request-details");
        var profile = details.profileDisclosure() == null || details.disclosureConfirmedAt() == null
                ? "Not stated in their profile yet."
                : details.profileDisclosure().summary() + " (last confirmed on "
                        + DisclosureReminder.day(details.disclosureConfirmedAt()) + ")";
        if (details.disclosureOutdated() && details.profileDisclosure() != null) {
            profile += " — due for confirmation";
        }
        list.add(new DescriptionList.Term("In their profile"), new DescriptionList.Description(profile));
        if (details.requests().isEmpty()) {
            list.add(new DescriptionList.Term("In participation requests"), new DescriptionList.Description(
                    "None: they did not join through a participation request."));
        }
        details.requests().forEach(request -> list.add(
                new DescriptionList.Term("In their request of " + MemberLabels.moment(request.requestedAt()) + " ("
                        + request.status().label().toLowerCase() + ")"),
                new DescriptionList.Description(request.details().disclosure().summary())));
        return list;
    }

    private static Div history(MemberDetails details) {
        var container = new Div();
        container.setId("member-history");
        if (details.history().isEmpty()) {
            container.add(new Paragraph("No changes recorded. Memberships made before the history was kept, such as "
                    + "the demo data's, start with the next change."));
            return container;
        }
        var list = new OrderedList();
        list.addClassName("membership-history");
        details.history().forEach(change -> list.add(new ListItem(describe(change))));
        container.add(list);
        return container;
    }

    static String describe(MembershipChange change) {
        var what = switch (change.kind()) {
            case JOINED -> "Joined as " + change.toRole().label().toLowerCase()
                    + (change.fromStatus() == MembershipStatus.REMOVED ? " again, after removal" : "");
            case ROLE_CHANGED -> "Role changed from " + label(change.fromRole()) + " to "
                    + change.toRole().label().toLowerCase();
            case SUSPENDED, REINSTATED, REMOVED -> change.kind().label();
        };
        return MemberLabels.moment(change.at()) + " — " + what + ", by " + change.byName() + ". Reason: "
                + change.reason();
    }

    private static String label(@Nullable WorkgroupRole role) {
        return role == null ? "none" : role.label().toLowerCase();
    }
}
