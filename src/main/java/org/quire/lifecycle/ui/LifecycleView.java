package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.lifecycle.Lifecycle;
import org.quire.lifecycle.Milestones;
import org.quire.lifecycle.PanelMeetings;
import org.quire.lifecycle.StepRequests;
import org.quire.lifecycle.Votes;
import org.quire.proposal.ProposalId;

/**
 * A proposal's lifecycle: where it stands, the steps from here with what blocks them, members'
 * proposals of steps, the timeline, milestones, the workgroup's vote and the Panel meeting. Every
 * button's service call checks again; buttons show only to those they work for.
 */
@Route("proposals/:id/lifecycle")
@PermitAll
class LifecycleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Lifecycle lifecycle;
    private final StepRequests requests;
    private final Milestones milestones;
    private final Votes votes;
    private final PanelMeetings meetings;
    private final PersonDirectory people;
    private final Paragraph outcome = new Paragraph();
    private String title = "Lifecycle · Quire";
    private ProposalId shown = new ProposalId("");

    LifecycleView(Lifecycle lifecycle, StepRequests requests, Milestones milestones, Votes votes,
            PanelMeetings meetings, PersonDirectory people) {
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.milestones = milestones;
        this.votes = votes;
        this.meetings = meetings;
        this.people = people;
        addClassName("lifecycle");
        outcome.setId("lifecycle-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    static String path(ProposalId id) {
        return "proposals/" + id.value() + "/lifecycle";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        outcome.setText("");
        show(id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void show(ProposalId id) {
        var outlook = lifecycle.outlook(id);
        shown = id;
        var proposal = outlook.proposal();
        title = "Lifecycle · " + proposal.number() + " · Quire";
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        removeAll();
        add(new Anchor("proposals/" + id.value(), "← " + proposal.number() + " " + proposal.title()));
        var state = new Span(proposal.state().label());
        state.addClassName("state-badge");
        state.setId("lifecycle-state");
        var heading = new Div(new H1("Lifecycle"), state);
        heading.addClassName("lifecycle-heading");
        add(heading, outcome);
        if (!proposal.state().allowsEditing() && proposal.state().isOpen()) {
            var frozen = new Paragraph(proposal.state().frozenReason());
            frozen.setId("frozen-notice");
            frozen.addClassName("frozen-notice");
            add(frozen);
        }
        Runnable changed = () -> show(id);
        var names = new Names(people);
        add(new NextSteps(outlook, lifecycle, requests, this::done));
        add(new StepRequestList(outlook, lifecycle, requests, names, this::done));
        add(new BallotPanel(votes, id, changed));
        add(new MeetingPanel(meetings, id, changed));
        add(new MilestonesPanel(milestones, id, changed));
        add(new Timeline(outlook.timeline(), names));
    }

    private void done(String message) {
        show(shown);
        outcome.setText(message);
    }
}
