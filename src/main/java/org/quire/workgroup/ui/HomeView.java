package org.quire.workgroup.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.CurrentPerson;
import org.quire.workgroup.MyWorkgroup;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.WorkgroupFounding;
import org.quire.workgroup.WorkgroupService;

/**
 * Where sign-in lands: straight on the workgroup home for a person in one workgroup, a list for
 * several, and a clear explanation for a person without any role yet.
 */
@Route("")
@PageTitle("Your workgroups · Quire")
@Menu(title = "Your workgroups", order = 0, icon = "GROUP")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final WorkgroupService workgroups;
    private final CurrentPerson currentPerson;
    private final ParticipationRequests participation;
    private final WorkgroupFounding founding;

    HomeView(WorkgroupService workgroups, CurrentPerson currentPerson, ParticipationRequests participation,
            WorkgroupFounding founding) {
        this.workgroups = workgroups;
        this.currentPerson = currentPerson;
        this.participation = participation;
        this.founding = founding;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var mine = workgroups.mine();
        if (mine.size() == 1) {
            // Without the query: sign-in's "?continue" marker is no part of the workgroup's address.
            event.forwardTo(WorkgroupHomeView.path(mine.getFirst().workgroup()), QueryParameters.empty());
            return;
        }
        removeAll();
        if (mine.isEmpty()) {
            showNoMembership();
        } else {
            add(new H1("Your workgroups"));
            var list = new UnorderedList();
            for (MyWorkgroup entry : mine) {
                list.add(new ListItem(new Anchor(WorkgroupHomeView.path(entry.workgroup()), entry.workgroup().name()),
                        new Text(" — " + entry.role().label())));
            }
            add(list);
        }
        if (founding.allowed()) {
            var create = new Anchor(NewWorkgroupView.PATH, "Create a workgroup");
            create.setId("create-workgroup-link");
            add(create);
        }
    }

    private void showNoMembership() {
        var person = currentPerson.require();
        setId("no-membership");
        add(new H1("You are not part of a workgroup yet"));
        add(new Paragraph("You are signed in as " + person.introduction() + ", but no workgroup has given you a "
                + "role, so there are no proposals to show you."));
        add(new Paragraph("Workgroups take participants with demonstrated expertise. Request to participate "
                + "in one below: its staff read your statement and decide."));
        add(new WorkgroupsToJoin(participation));
    }
}
