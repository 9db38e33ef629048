package org.quire.audit;

import java.util.Locale;
import java.util.Map;

/**
 * An audit action in words for people reading the log ({@code workgroup.member-added}: "Member
 * added to the workgroup"). Actions without a label of their own are spelled out from their name,
 * so a new action is readable before anyone writes its label.
 */
public final class AuditActionLabel {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("access.refused", "Access refused"),
            Map.entry("audit.exported", "Audit log exported"),
            Map.entry("identity.signed-in", "Signed in"),
            Map.entry("identity.sign-in-failed", "Sign-in failed"),
            Map.entry("workgroup.created", "Workgroup created"),
            Map.entry("workgroup.member-added", "Member added to the workgroup"),
            Map.entry("participation.requested", "Participation requested"),
            Map.entry("participation.withdrawn", "Participation request withdrawn"),
            Map.entry("participation.approved", "Participation request approved"),
            Map.entry("participation.declined", "Participation request declined"),
            Map.entry("proposal.created", "Proposal created"),
            Map.entry("section.saved", "Section saved"),
            Map.entry("section.restored", "Section restored to an earlier revision"));

    private static final Map<String, String> KINDS = Map.of(
            "access", "Access",
            "audit", "Audit log",
            "identity", "Sign-in",
            "workgroup", "Workgroup",
            "participation", "Participation requests",
            "proposal", "Proposals",
            "section", "Sections");

    private AuditActionLabel() {
    }

    /** The label of an action, or of a kind of actions ("Workgroup: any action"). */
    public static String of(String actionOrKind) {
        var dot = actionOrKind.indexOf('.');
        if (dot < 0) {
            return kind(actionOrKind) + ": any action";
        }
        var known = LABELS.get(actionOrKind);
        if (known != null) {
            return known;
        }
        return kind(actionOrKind.substring(0, dot)) + ": " + actionOrKind.substring(dot + 1).replace('-', ' ');
    }

    private static String kind(String kind) {
        var known = KINDS.get(kind);
        if (known != null) {
            return known;
        }
        return kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1).replace('-', ' ');
    }
}
