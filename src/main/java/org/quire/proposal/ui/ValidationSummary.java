package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.descriptor.ValidationProblem;
import org.quire.descriptor.ValidationReport;
import org.quire.proposal.ProposalId;

/**
 * What validation finds in the set: errors (which block "ready for review") and warnings, each
 * message naming its code, with the rule's id for those who look it up in DD009.
 */
class ValidationSummary extends Div {

    ValidationSummary(ProposalId proposal, ValidationReport report, boolean mayEdit) {
        setId("validation");
        addClassName("validation-summary");
        add(new H2("Conventions"));
        if (report.isClean()) {
            var clean = new Paragraph("Every CPT convention Quire checks is met: no errors, no warnings.");
            clean.setId("validation-clean");
            add(clean);
            return;
        }
        add(new Paragraph(count(report.errors().size(), "error") + " (these block “ready for review”), "
                + count(report.warnings().size(), "warning") + "."));
        list("Errors", "validation-errors", report.errors());
        list("Warnings", "validation-warnings", report.warnings());
        if (mayEdit) {
            add(new Anchor(ProposalRoutes.editDescriptors(proposal), "Correct them in the editor"));
        }
    }

    private void list(String title, String id, List<ValidationProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId(id);
        for (var problem : problems) {
            var rule = new Span(problem.ruleId());
            rule.addClassName("rule-id");
            list.add(new ListItem(new Span(problem.message() + " "), rule));
        }
        add(new H3(title), list);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
