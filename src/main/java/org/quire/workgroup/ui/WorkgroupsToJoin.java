package org.quire.workgroup.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.workgroup.ParticipationRequests;

/** The workgroups a person without a role there can ask to join, with their own request's status. */
class WorkgroupsToJoin extends Div {

    WorkgroupsToJoin(ParticipationRequests participation) {
        setId("workgroups-to-join");
        add(new H2("Request to participate"));
        var workgroups = participation.openToYou();
        if (workgroups.isEmpty()) {
            add(new Paragraph("There is no workgroup to join yet."));
            return;
        }
        var list = new UnorderedList();
        for (var workgroup : workgroups) {
            var item = new ListItem(new Text(workgroup.name() + " — "));
            var yours = participation.yours(workgroup.id());
            if (yours.isPresent() && yours.get().pending()) {
                item.add(new Anchor(ParticipationRoutes.yourRequest(workgroup), "Your request is pending"));
            } else {
                var ask = new Anchor(ParticipationRoutes.requestForm(workgroup), "Request to participate");
                ask.getElement().setAttribute("aria-label", "Request to participate in " + workgroup.name());
                item.add(ask);
                yours.ifPresent(last -> item.add(new Text(" (your last request: "),
                        new Anchor(ParticipationRoutes.yourRequest(workgroup), last.status().label().toLowerCase()),
                        new Text(")")));
            }
            list.add(item);
        }
        add(list);
    }
}
