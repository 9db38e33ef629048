package org.quire.proposal.ui;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ConcurrentChange;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;

/**
 * STAFF open a comment period: now or at a date and time, a close, and every commenter or chosen
 * organizations (the organizations of the workgroup's commenters are suggested; others can be
 * typed). What the service refuses shows beside the form, and what was entered stays.
 */
class OpenPeriodForm extends Div {

    static final String NOW = "Now";
    static final String LATER = "At a date and time";
    static final String EVERYONE = "Every commenter";
    static final String CHOSEN = "Chosen organizations";

    private final RadioButtonGroup<String> when = new RadioButtonGroup<>("Opens");
    private final DateTimePicker opens = new DateTimePicker("Opens at");
    private final DateTimePicker closes = new DateTimePicker("Closes at");
    private final RadioButtonGroup<String> audience = new RadioButtonGroup<>("Open to");
    private final MultiSelectComboBox<String> organizations = new MultiSelectComboBox<>("Organizations");
    private final Paragraph problem = new Paragraph();

    OpenPeriodForm(CommentPeriods periods, ProposalId proposal, PeriodTimes times, List<String> knownOrganizations,
            Runnable opened) {
        addClassName("period-form");
        setId("open-period");
        var heading = new H2("Open a comment period");
        when.setItems(NOW, LATER);
        when.setValue(NOW);
        when.setId("period-opens-when");
        opens.setId("period-opens");
        opens.setVisible(false);
        when.addValueChangeListener(change -> opens.setVisible(LATER.equals(change.getValue())));
        closes.setId("period-closes");
        var hint = "Times are in " + times.zone().getId() + ".";
        closes.setHelperText(hint);
        opens.setHelperText(hint);
        var today = LocalDateTime.now(times.zone()).truncatedTo(ChronoUnit.MINUTES);
        opens.setMin(today);
        closes.setMin(today);
        audience.setItems(EVERYONE, CHOSEN);
        audience.setValue(EVERYONE);
        audience.setId("period-audience");
        var suggestions = new ArrayList<>(new LinkedHashSet<>(knownOrganizations));
        organizations.setItems(suggestions);
        organizations.setAllowCustomValue(true);
        organizations.setHelperText("The organizations of the workgroup's commenters; type another name and press "
                + "Enter to add it.");
        organizations.addCustomValueSetListener(typed -> {
            var name = typed.getDetail().strip();
            if (!name.isEmpty()) {
                if (!suggestions.contains(name)) {
                    suggestions.add(name);
                    organizations.setItems(suggestions);
                }
                var chosen = new LinkedHashSet<>(organizations.getValue());
                chosen.add(name);
                organizations.setValue(chosen);
            }
        });
        organizations.setId("period-organizations");
        organizations.setVisible(false);
        audience.addValueChangeListener(change -> organizations.setVisible(CHOSEN.equals(change.getValue())));
        problem.setId("open-period-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        var open = new Button("Open the comment period", click -> {
            try {
                var start = NOW.equals(when.getValue()) ? java.time.Instant.now() : instant(opens, "when it opens",
                        times);
                var end = instant(closes, "when it closes", times);
                var who = EVERYONE.equals(audience.getValue()) ? CommentAudience.EVERY_COMMENTER
                        : CommentAudience.organizations(List.copyOf(organizations.getValue()));
                periods.open(proposal, start, end, who);
                problem.setText("");
                opened.run();
            } catch (InputRejected | ConcurrentChange rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        open.setId("open-period-button");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        add(heading, when, opens, closes, audience, organizations, problem, open);
    }

    static java.time.Instant instant(DateTimePicker picker, String what, PeriodTimes times) {
        var value = picker.getValue();
        if (value == null) {
            throw new InputRejected("Choose the date and time " + what + ".");
        }
        return value.atZone(times.zone()).toInstant();
    }
}
