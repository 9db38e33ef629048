package org.quire.workgroup.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** What was wrong with a submitted form, announced to screen readers as soon as it appears. */
class ProblemList extends Div {

    ProblemList(String id) {
        setId(id);
        addClassName("form-problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<String> problems) {
        removeAll();
        var list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        add(list);
        setVisible(!problems.isEmpty());
    }
}
