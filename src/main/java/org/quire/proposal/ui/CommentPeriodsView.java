package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.workgroup.RosterEntry;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupRole;

/**
 * A proposal's comment periods, oldest first: everyone who reads the proposal sees them; STAFF open,
 * extend and close them here. The service checks every call; the forms only show for STAFF.
 */
@Route("proposals/:id/comment-periods")
@PermitAll
class CommentPeriodsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final CommentPeriods periods;
    private final WorkgroupMembers members;
    private final PersonDirectory people;
    private final CommentPeriodBanner banner;
    private final Paragraph outcome = new Paragraph();
    private String title = "Comment periods · Quire";

    CommentPeriodsView(ProposalService proposals, CommentPeriods periods, WorkgroupMembers members,
            PersonDirectory people) {
        this.proposals = proposals;
        this.periods = periods;
        this.members = members;
        this.people = people;
        this.banner = new CommentPeriodBanner(periods);
        addClassName("comment-periods");
        outcome.setId("periods-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        var proposal = proposals.get(id);
        title = "Comment periods · " + proposal.number() + " · Quire";
        outcome.setText("");
        banner.follow(event.getUI(), id);
        show(proposal, PeriodTimes.of(event.getUI()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Proposal proposal, PeriodTimes times) {
        removeAll();
        var outlook = periods.outlook(proposal.id());
        banner.show(outlook);
        add(new Anchor(ProposalRoutes.proposal(proposal.id()), "← " + proposal.number() + " " + proposal.title()));
        add(new H1("Comment periods"), banner, outcome);
        var all = outlook.periods();
        if (all.isEmpty()) {
            var empty = new Paragraph("No comment period has been opened on this proposal yet. Commenters see a "
                    + "proposal from its first comment period on.");
            empty.setId("no-periods");
            add(empty);
        }
        var names = people.findAll(all.stream().flatMap(p -> p.extensions().stream())
                .map(CommentPeriod.Extension::by).distinct().toList());
        var nameOf = new java.util.HashMap<org.quire.shared.PersonKey, String>();
        names.forEach((key, person) -> nameOf.put(key, person.name()));
        Runnable changed = () -> {
            show(proposals.get(proposal.id()), times);
            outcome.setText("Saved.");
        };
        for (int i = all.size() - 1; i >= 0; i--) {
            add(new PeriodCard(all.get(i), i + 1, outlook.now(), times, nameOf, outlook.manage(), periods, changed));
        }
        if (outlook.manage()) {
            if (takesAPeriod(proposal.state())) {
                add(new OpenPeriodForm(periods, proposal.id(), times, commenterOrganizations(proposal), changed));
            } else {
                add(new Paragraph("A proposal in the state \"" + proposal.state().label()
                        + "\" takes no new comment period."));
            }
        }
    }

    private List<String> commenterOrganizations(Proposal proposal) {
        return members.roster(proposal.workgroup()).stream().filter(entry -> entry.role() == WorkgroupRole.COMMENTER)
                .map(RosterEntry::organization).filter(name -> name != null && !name.isBlank()).distinct().sorted()
                .toList();
    }

    private static boolean takesAPeriod(ProposalState state) {
        return state == ProposalState.DRAFTING || state == ProposalState.REVISING
                || state == ProposalState.COMMENT_PERIOD;
    }
}
