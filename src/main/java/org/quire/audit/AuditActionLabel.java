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
            Map.entry("section.restored", "Section restored to an earlier revision"),
            Map.entry("section.suggestions-applied", "Suggested edits applied to a section"),
            Map.entry("proposal.state-changed", "Proposal state changed"),
            Map.entry("comment.started", "Comment thread started"),
            Map.entry("comment.replied", "Reply to a comment thread"),
            Map.entry("comment.suggestion-accepted", "Suggested edit accepted"),
            Map.entry("comment.suggestion-rejected", "Suggested edit rejected"),
            Map.entry("comment.disposition-recorded", "Disposition recorded"),
            Map.entry("comment.dispositions-exported", "Disposition report downloaded"),
            Map.entry("proposal.exported", "Proposal exported"),
            Map.entry("workgroup.package-exported", "Workgroup package exported"),
            Map.entry("access-token.created", "Personal access token created"),
            Map.entry("access-token.revoked", "Personal access token revoked"),
            Map.entry("comment-period.opened", "Comment period opened"),
            Map.entry("comment-period.extended", "Comment period extended"),
            Map.entry("comment-period.closed", "Comment period closed"),
            Map.entry("comment.marked-blocking", "Thread marked as blocking approval"),
            Map.entry("comment.unmarked-blocking", "Blocking mark lifted"),
            Map.entry("lifecycle.step-requested", "Lifecycle step proposed"),
            Map.entry("lifecycle.step-request-declined", "Proposed step declined"),
            Map.entry("milestone.captured", "Milestone made"),
            Map.entry("lifecycle.ballot-opened", "Vote opened"),
            Map.entry("lifecycle.vote-cast", "Vote cast"),
            Map.entry("lifecycle.vote-changed", "Vote changed"),
            Map.entry("lifecycle.ballot-decided", "Vote decided"),
            Map.entry("lifecycle.ballot-cancelled", "Vote cancelled"),
            Map.entry("lifecycle.voting-rules-changed", "Voting rules changed"),
            Map.entry("lifecycle.panel-meeting-scheduled", "Panel meeting added"),
            Map.entry("lifecycle.panel-meeting-changed", "Panel meeting changed"),
            Map.entry("lifecycle.panel-summary-recorded", "Panel summary of actions recorded"),
            Map.entry("lifecycle.panel-meeting-chosen", "Panel meeting chosen"),
            Map.entry("lifecycle.panel-deadline-missed", "Panel deadline missed: moved to the next meeting"),
            Map.entry("lifecycle.panel-submitted", "Submitted to the Panel"),
            Map.entry("lifecycle.panel-outcome-recorded", "Panel outcome recorded"));

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("comment", "Comments"),
            Map.entry("comment-period", "Comment periods"),
            Map.entry("descriptors", "Code descriptors"),
            Map.entry("notification", "Notifications"),
            Map.entry("access", "Access"),
            Map.entry("audit", "Audit log"),
            Map.entry("identity", "Sign-in"),
            Map.entry("workgroup", "Workgroup"),
            Map.entry("participation", "Participation requests"),
            Map.entry("proposal", "Proposals"),
            Map.entry("lifecycle", "Lifecycle, votes and Panel meetings"),
            Map.entry("milestone", "Milestones"),
            Map.entry("section", "Sections"));

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
