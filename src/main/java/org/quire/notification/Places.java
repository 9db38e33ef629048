package org.quire.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.quire.comment.ThreadId;
import org.quire.proposal.Proposal;
import org.quire.workgroup.Workgroup;

/** Where notifications link to, and how they name proposals and times: one place for the wording. */
final class Places {

    static final int EXCERPT = 140;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Places() {
    }

    static String proposal(Proposal proposal) {
        return "proposals/" + proposal.id().value();
    }

    static String lifecycle(Proposal proposal) {
        return proposal(proposal) + "/lifecycle";
    }

    static String thread(Proposal proposal, ThreadId thread) {
        return proposal(proposal) + "#thread-" + thread.value();
    }

    static String workgroup(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug();
    }

    static String yourRequest(Workgroup workgroup) {
        return workgroup(workgroup) + "/your-request";
    }

    static String named(Proposal proposal) {
        return proposal.number() + " “" + proposal.title() + "”";
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** The start of a comment on one line, for the notification's text. */
    static String excerpt(String text) {
        var line = text.replaceAll("\\s+", " ").strip();
        return line.length() > EXCERPT ? line.substring(0, EXCERPT - 1) + "…" : line;
    }
}
