package org.quire.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;

/**
 * Which audit events of one workgroup to read, newest first. Everything but the workgroup is
 * optional. {@code action} is either one action ({@code workgroup.member-added}) or a kind of
 * actions, the part before the dot ({@code workgroup}); {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record AuditQuery(
        String workgroupId,
        @Nullable PersonKey actor,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final int MAX_TEXT = 200;
    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)?");

    public AuditQuery {
        Objects.requireNonNull(workgroupId, "workgroupId");
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        var problems = new ArrayList<String>();
        if (action != null && (action.length() > MAX_TEXT || !ACTION.matcher(action).matches())) {
            problems.add("Choose an action from the list.");
        }
        if (objectType != null && objectType.length() > MAX_TEXT) {
            problems.add("The object type must be at most " + MAX_TEXT + " characters.");
        }
        if (objectId != null && objectId.length() > MAX_TEXT) {
            problems.add("The object must be at most " + MAX_TEXT + " characters.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add("The start of the date range must come before its end.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    /** Every event of the workgroup. */
    public static AuditQuery of(String workgroupId) {
        return new AuditQuery(workgroupId, null, null, null, null, null, null);
    }

    public AuditQuery byActor(@Nullable PersonKey person) {
        return new AuditQuery(workgroupId, person, action, objectType, objectId, from, to);
    }

    public AuditQuery withAction(@Nullable String actionOrKind) {
        return new AuditQuery(workgroupId, actor, actionOrKind, objectType, objectId, from, to);
    }

    public AuditQuery onObject(@Nullable String type, @Nullable String id) {
        return new AuditQuery(workgroupId, actor, action, type, id, from, to);
    }

    public AuditQuery between(@Nullable Instant start, @Nullable Instant end) {
        return new AuditQuery(workgroupId, actor, action, objectType, objectId, start, end);
    }

    /** Whether {@link #action} names a kind of actions rather than one action. */
    public boolean actionIsKind() {
        return action != null && action.indexOf('.') < 0;
    }

    /** The filters in words, for the audit event that records an export. */
    public String summary() {
        var parts = new ArrayList<String>();
        if (actor != null) {
            parts.add("person " + actor);
        }
        if (action != null) {
            parts.add("action " + action + (actionIsKind() ? ".*" : ""));
        }
        if (objectType != null || objectId != null) {
            parts.add("object " + Objects.toString(objectType, "*") + " " + Objects.toString(objectId, "*"));
        }
        if (from != null) {
            parts.add("from " + from);
        }
        if (to != null) {
            parts.add("before " + to);
        }
        return parts.isEmpty() ? "all events" : String.join(", ", parts);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
