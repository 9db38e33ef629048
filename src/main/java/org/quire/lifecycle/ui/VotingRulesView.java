package org.quire.lifecycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.lifecycle.Votes;
import org.quire.lifecycle.VotingRules;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupService;

/**
 * A workgroup's voting rules: everyone in it reads them; STAFF change the quorum and threshold for
 * votes opened from now on (a running vote keeps the rules it opened with).
 */
@Route("workgroups/:slug/voting-rules")
@PermitAll
class VotingRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkgroupService workgroups;
    private final Votes votes;
    private final Paragraph outcome = new Paragraph();
    private String title = "Voting rules · Quire";

    VotingRulesView(WorkgroupService workgroups, Votes votes) {
        this.workgroups = workgroups;
        this.votes = votes;
        addClassName("voting-rules");
        outcome.setId("voting-rules-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    static String path(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/voting-rules";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var home = workgroups.home(event.getRouteParameters().get("slug").orElse(""));
        title = "Voting rules · " + home.workgroup().name() + " · Quire";
        outcome.setText("");
        show(home.workgroup(), home.yourRole() == WorkgroupRole.STAFF);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Workgroup workgroup, boolean staff) {
        removeAll();
        add(new H1("Voting rules"), new Anchor("workgroups/" + workgroup.slug(), "Back to " + workgroup.name()));
        var rules = votes.rules(workgroup.id());
        var current = new Paragraph("Votes opened from now on need a quorum of " + rules.quorum() + " % of the "
                + "workgroup's members (abstaining counts as voting) and approval by " + rules.threshold()
                + " % of those who approve or oppose. A vote already open keeps the rules it opened with.");
        current.setId("voting-rules-current");
        add(current, outcome);
        if (staff) {
            add(form(workgroup, rules));
        }
    }

    private Div form(Workgroup workgroup, VotingRules rules) {
        var quorum = percentField("Quorum (%)", "voting-quorum", rules.quorum(),
                "Share of the eligible members who must vote at all, 1 to 100.");
        var threshold = percentField("Threshold (%)", "voting-threshold", rules.threshold(),
                "Share of approvals among approve and oppose votes, 1 to 100. 66 lets two of three pass; 67 does "
                        + "not.");
        var problem = new Paragraph();
        problem.setId("voting-rules-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        var save = new Button("Save rules", click -> {
            if (quorum.getValue() == null || threshold.getValue() == null) {
                problem.setText("Give the quorum and the threshold as whole percents from 1 to 100.");
                return;
            }
            try {
                var saved = votes.setRules(workgroup.id(), new VotingRules(quorum.getValue(), threshold.getValue()));
                show(workgroup, true);
                outcome.setText("Saved: " + saved.describe() + ".");
            } catch (InputRejected | AccessRefused refused) {
                problem.setText(refused.getMessage());
            }
        });
        save.setId("save-voting-rules");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(quorum, threshold, save, problem);
        form.addClassName("voting-rules-form");
        return form;
    }

    private static IntegerField percentField(String label, String id, int value, String helper) {
        var field = new IntegerField(label);
        field.setId(id);
        field.setValue(value);
        field.setHelperText(helper);
        field.setStepButtonsVisible(true);
        return field;
    }
}
