package org.quire.proposal.ui;

import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ConcurrentChange;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;

/**
 * One comment period: when it opens and closes, to whom, its state and every extension with its
 * reason; for STAFF, while it is not over, extending it (a later close and a reason) and closing it
 * now. What the service refuses shows beside the form.
 */
class PeriodCard extends Div {

    PeriodCard(CommentPeriod period, int number, Instant now, PeriodTimes times, Map<PersonKey, String> names,
            boolean manage, CommentPeriods periods, Runnable changed) {
        addClassName("period-card");
        setId("period-" + number);
        var state = PeriodTimes.state(period, now);
        var badge = new Span(state);
        badge.addClassName("state-badge");
        add(new H3(new Span("Comment period " + number + " "), badge));
        var facts = new UnorderedList(
                new ListItem("Opens: " + times.full(period.opens())),
                new ListItem("Closes: " + times.full(period.closes())),
                new ListItem("Open to: " + (period.audience().everyCommenter() ? "every commenter"
                        : String.join(", ", period.audience().organizations()))));
        if (period.closedEarly() != null && period.closedEarly().isBefore(period.closes())) {
            facts.add(new ListItem((now.isBefore(period.opens()) ? "Cancelled on " : "Closed early on ")
                    + times.full(period.closedEarly()) + "."));
        }
        facts.addClassName("period-facts");
        add(facts);
        if (!period.extensions().isEmpty()) {
            var extensions = new UnorderedList();
            extensions.addClassName("period-extensions");
            for (var extension : period.extensions()) {
                extensions.add(new ListItem("Extended on " + times.brief(extension.at()) + " by "
                        + names.getOrDefault(extension.by(), extension.by().subject()) + " from "
                        + times.brief(extension.from()) + " to " + times.brief(extension.to())
                        + (extension.reason().isEmpty() ? "." : ": " + extension.reason())));
            }
            add(new Paragraph("Extensions"), extensions);
        }
        if (manage && !period.over(now)) {
            add(actions(period, number, times, periods, changed, now));
        }
    }

    private static Div actions(CommentPeriod period, int number, PeriodTimes times, CommentPeriods periods,
            Runnable changed, Instant now) {
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.setId("period-" + number + "-problem");
        problem.getElement().setAttribute("role", "alert");
        var newClose = new DateTimePicker("New close");
        newClose.setId("period-" + number + "-new-close");
        newClose.setHelperText("Times are in " + times.zone().getId() + ".");
        var reason = new TextArea("Reason for the extension");
        reason.setId("period-" + number + "-reason");
        reason.setMaxLength(CommentPeriods.MAX_REASON);
        var extend = new Button("Extend", click -> {
            try {
                periods.extend(period.id(), OpenPeriodForm.instant(newClose, "of the new close", times),
                        reason.getValue());
                changed.run();
            } catch (InputRejected | ConcurrentChange rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        extend.setId("period-" + number + "-extend");
        var close = new Button(now.isBefore(period.opens()) ? "Cancel this period" : "Close now", click -> {
            try {
                periods.close(period.id());
                changed.run();
            } catch (InputRejected | ConcurrentChange rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        close.setId("period-" + number + "-close");
        var form = new Div(newClose, reason, extend, close, problem);
        form.addClassName("period-actions");
        return form;
    }
}
