package org.quire.comment.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.quire.comment.ReviewPermissions;
import org.quire.identity.Person;
import org.quire.proposal.ui.ReaderPage;
import org.quire.shared.PersonKey;

/**
 * What every card of one showing of the margin shares: the page, the services, who is reading and
 * what they may do, the names of the people who wrote, and what to call after any change.
 */
record MarginContext(ReaderPage page, ReviewActions actions, ReviewPermissions permissions, Person me,
        Map<PersonKey, String> names, Runnable changed) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    String nameOf(@Nullable PersonKey person) {
        if (person == null) {
            return "Someone";
        }
        return names.getOrDefault(person, "Someone no longer known");
    }

    boolean isMe(PersonKey person) {
        return me.key().equals(person);
    }

    static Span time(Instant at) {
        var time = new Span(MOMENT.format(at));
        time.getElement().setAttribute("title", at.toString());
        time.addClassName("comment-time");
        return time;
    }
}
