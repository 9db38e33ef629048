package org.quire.lifecycle.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.quire.proposal.StateChange;

/** The proposal's steps so far, oldest first: from and to, who, when and why. */
class Timeline extends Section {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    Timeline(List<StateChange> changes, Names names) {
        setId("timeline");
        addClassName("lifecycle-timeline");
        add(new H2("Timeline"));
        if (changes.isEmpty()) {
            add(new Paragraph("Drafting since the proposal was created: no step taken yet."));
            return;
        }
        var list = new OrderedList();
        for (var change : changes) {
            var step = new Span(change.from().label() + " → " + change.to().label());
            step.addClassName("timeline-step");
            var who = new Span(names.of(change.by()) + ", " + WHEN.format(change.at()));
            who.addClassName("timeline-who");
            var item = new ListItem(new Div(step, who));
            if (!change.reason().isBlank()) {
                var why = new Paragraph(change.reason());
                why.addClassName("timeline-reason");
                item.add(why);
            }
            list.add(item);
        }
        add(list);
    }
}
