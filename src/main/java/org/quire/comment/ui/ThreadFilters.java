package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadStatus;
import org.quire.shared.PersonKey;

/**
 * The margin's filters, which combine: Open and Resolved (neither pressed shows both), Detached,
 * Mine (threads one started or wrote in) and an organization. Toggles are buttons with
 * {@code aria-pressed}, so screen readers announce their state.
 */
final class ThreadFilters extends Div {

    static final String ANY_ORGANIZATION = "All organizations";

    private final Button open = toggle("Open", "filter-open");
    private final Button resolved = toggle("Resolved", "filter-resolved");
    private final Button detached = toggle("Detached", "filter-detached");
    private final Button mine = toggle("Mine", "filter-mine");
    private final Select<String> organization = new Select<>();
    private final PersonKey me;
    private final Runnable changed;
    private boolean offering;

    ThreadFilters(PersonKey me, Runnable changed) {
        this.me = me;
        this.changed = changed;
        addClassName("thread-filters");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Filter threads");
        pressed(open, true);
        organization.setLabel("Organization");
        organization.setId("filter-organization");
        organization.addClassName("filter-organization");
        organization.setItems(ANY_ORGANIZATION);
        organization.setValue(ANY_ORGANIZATION);
        organization.addValueChangeListener(chosen -> {
            if (!offering) {
                changed.run();
            }
        });
        organization.setVisible(false);
        add(open, resolved, detached, mine, organization);
    }

    /** Offers the organizations of these threads, keeping the one chosen if it is still among them. */
    void offer(List<CommentThread> threads) {
        var names = threads.stream().map(CommentThread::organization).filter(Objects::nonNull).distinct().sorted()
                .toList();
        var chosen = organization.getValue();
        var items = new ArrayList<String>();
        items.add(ANY_ORGANIZATION);
        items.addAll(names);
        offering = true;
        try {
            organization.setItems(items);
            organization.setValue(items.contains(chosen) ? chosen : ANY_ORGANIZATION);
        } finally {
            offering = false;
        }
        organization.setVisible(!names.isEmpty());
    }

    boolean matches(CommentThread thread) {
        boolean anyStatus = !isPressed(open) && !isPressed(resolved);
        if (!anyStatus && !(isPressed(open) && thread.status() == ThreadStatus.OPEN)
                && !(isPressed(resolved) && thread.status() == ThreadStatus.RESOLVED)) {
            return false;
        }
        if (isPressed(detached) && !ThreadPlace.detached(thread)) {
            return false;
        }
        if (isPressed(mine) && !thread.startedBy().equals(me) && !thread.participants().contains(me)) {
            return false;
        }
        var chosen = organization.getValue();
        return chosen == null || ANY_ORGANIZATION.equals(chosen) || chosen.equals(thread.organization());
    }

    /** Shows every thread (used when one is asked for that the filters hide). */
    void clear() {
        List.of(open, resolved, detached, mine).forEach(button -> pressed(button, false));
        offering = true;
        try {
            organization.setValue(ANY_ORGANIZATION);
        } finally {
            offering = false;
        }
    }

    private Button toggle(String label, String id) {
        var button = new Button(label);
        button.setId(id);
        button.addClassName("filter-toggle");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pressed(button, false);
        button.addClickListener(click -> {
            pressed(button, !isPressed(button));
            this.changed.run();
        });
        return button;
    }

    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    static boolean isPressed(Button button) {
        return "true".equals(button.getElement().getAttribute("aria-pressed"));
    }
}
