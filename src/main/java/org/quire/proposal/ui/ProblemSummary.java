package org.quire.proposal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.descriptor.Severity;
import org.quire.descriptor.ValidationProblem;
import org.quire.descriptor.ValidationReport;

/**
 * Above the form: how many errors and warnings the set has ("2 errors, 1 warning"), and each problem
 * as a link-like button that takes the focus to its field. Errors block marking the set ready for
 * review, not saving it: a draft may be saved with them.
 */
class ProblemSummary extends Div {

    static final int MAX_LISTED = 30;

    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph more = new Paragraph();
    private List<ValidationProblem> listed = List.of();

    ProblemSummary() {
        setId("descriptor-problems");
        addClassName("problem-summary");
        count.setId("problem-count");
        count.getElement().setAttribute("role", "status");
        list.addClassName("problem-list");
        list.getElement().setAttribute("aria-label", "Problems in the set");
        more.addClassName("problem-more");
        add(count, list, more);
    }

    /** "2 errors, 1 warning"; "no problems" when there are none. */
    static String count(List<ValidationProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        var parts = new ArrayList<String>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return parts.isEmpty() ? "no problems" : String.join(", ", parts);
    }

    void show(ValidationReport report, int refusedFields, Consumer<String> focus) {
        var problems = report.problems();
        var text = new StringBuilder();
        if (problems.isEmpty()) {
            text.append("No problems: the set follows every convention Quire checks.");
        } else {
            var counted = count(problems);
            text.append(Character.toUpperCase(counted.charAt(0))).append(counted.substring(1)).append('.');
            text.append(report.blocksReview() ? " Errors must be corrected before the set can be marked ready "
                    + "for review; you can save a draft with them." : " Warnings do not block review.");
        }
        if (refusedFields > 0) {
            text.append(' ').append(refusedFields).append(refusedFields == 1 ? " field holds" : " fields hold")
                    .append(" input that cannot be kept (marked): correct it before saving.");
        }
        count.setText(text.toString());
        setClassName("has-errors", report.blocksReview() || refusedFields > 0);
        var shown = problems.stream().limit(MAX_LISTED).toList();
        if (!shown.equals(listed)) {
            listed = shown;
            list.removeAll();
            shown.forEach(problem -> list.add(entry(problem, focus)));
        }
        list.setVisible(!shown.isEmpty());
        more.setText(problems.size() > MAX_LISTED ? (problems.size() - MAX_LISTED)
                + " more are shown next to their fields." : "");
        more.setVisible(problems.size() > MAX_LISTED);
    }

    private static ListItem entry(ValidationProblem problem, Consumer<String> focus) {
        var severity = problem.severity() == Severity.ERROR ? "Error" : "Warning";
        var link = new Button(severity + ": " + problem.message(), click -> focus.accept(DescriptorFieldKeys.of(problem)));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("problem-link");
        var convention = new Span(problem.rule().convention());
        convention.addClassName("convention");
        var item = new ListItem(link, convention);
        item.addClassName(problem.severity() == Severity.ERROR ? "problem-error" : "problem-warning");
        item.getElement().setAttribute("data-rule", problem.ruleId());
        return item;
    }
}
