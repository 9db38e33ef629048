package org.quire.workgroup;

import java.util.EnumSet;
import java.util.Set;

import static org.quire.workgroup.WorkgroupRole.COMMENTER;
import static org.quire.workgroup.WorkgroupRole.MEMBER;
import static org.quire.workgroup.WorkgroupRole.OBSERVER;
import static org.quire.workgroup.WorkgroupRole.STAFF;

/**
 * What can be done to a workgroup or an object it owns, with the roles allowed to do it.
 * Later features add their actions here, so the whole policy reads in one place.
 */
public enum WorkgroupAction {
    VIEW_WORKGROUP("open the workgroup", STAFF, MEMBER, COMMENTER, OBSERVER),
    VIEW_MEMBERS("see the members", STAFF, MEMBER, COMMENTER, OBSERVER),
    MANAGE_MEMBERS("manage members", STAFF),
    READ_AUDIT_LOG("read the audit log", STAFF),
    /** See pending participation requests with their statements and disclosures, approve or decline them. */
    REVIEW_PARTICIPATION_REQUESTS("review participation requests", STAFF),
    /** Proposals never opened for comment: not for commenters (DESIGN.md section 1). */
    READ_PROPOSAL_DRAFT("read this proposal", STAFF, MEMBER, OBSERVER),
    /** Proposals opened for comment at least once (during and after the period). */
    READ_OPENED_PROPOSAL("read this proposal", STAFF, MEMBER, OBSERVER, COMMENTER),
    CREATE_PROPOSAL("create proposals", STAFF, MEMBER),
    EDIT_PROPOSAL("edit proposals", STAFF, MEMBER),
    RESTORE_REVISION("restore revisions", STAFF, MEMBER),
    /** Start and answer comment threads at any time; commenters do so only while a comment period is open to them. */
    COMMENT("comment on proposals", STAFF, MEMBER),
    /** Resolve and reopen any thread (whoever started a thread may resolve and reopen it too). */
    RESOLVE_THREAD("resolve comment threads", STAFF, MEMBER),
    /** Comment and suggest, but only while a comment period open to the person's organization runs. */
    COMMENT_IN_PERIOD("comment during comment periods", COMMENTER),
    MANAGE_COMMENT_PERIODS("open, extend and close comment periods", STAFF),
    /** Apply or turn down suggested edits (suggesting is commenting: COMMENT or COMMENT_IN_PERIOD). */
    DECIDE_SUGGESTIONS("accept or reject suggested edits", STAFF, MEMBER),
    RECORD_DISPOSITIONS("record dispositions of comments", STAFF),
    /** Mark an open thread as blocking workgroup approval, or lift the mark. */
    MARK_BLOCKING("mark threads as blocking approval", STAFF, MEMBER),
    /** Move a proposal through its lifecycle (comment periods move it too: MANAGE_COMMENT_PERIODS). */
    MOVE_PROPOSAL("move proposals through their lifecycle", STAFF),
    /** Propose a lifecycle step for STAFF to take or decline. */
    REQUEST_TRANSITION("propose lifecycle steps", STAFF, MEMBER),
    CAPTURE_MILESTONE("make milestones", STAFF, MEMBER),
    /** Approve, oppose or abstain on the milestone under workgroup approval. */
    VOTE("vote on proposals", MEMBER),
    /**
     * See who voted how, their notes, and who has not voted yet; the others who may read the proposal
     * (COMMENTERs) see the count of each choice only: the workgroup deliberates among itself.
     */
    READ_VOTES("see who voted how", STAFF, MEMBER, OBSERVER),
    /** Decide a vote (close the ballot) and set the workgroup's quorum and threshold. */
    MANAGE_VOTES("decide votes and set voting rules", STAFF),
    /** Keep the Editorial Panel's meeting calendar, choose the meeting a proposal goes to, record outcomes. */
    MANAGE_PANEL_MEETINGS("keep Panel meetings and record their outcomes", STAFF),
    /** Export the Code Change Application for the Panel, and the workgroup package. */
    EXPORT_FOR_PANEL("export proposals for the Panel", STAFF),
    /** Export a working draft, marked as such on every page. */
    EXPORT_WORKING_DRAFT("export working drafts", STAFF, MEMBER);

    private final String description;
    private final Set<WorkgroupRole> allowedRoles;

    WorkgroupAction(String description, WorkgroupRole first, WorkgroupRole... others) {
        this.description = description;
        this.allowedRoles = EnumSet.of(first, others);
    }

    public String description() {
        return description;
    }

    public boolean allows(WorkgroupRole role) {
        return allowedRoles.contains(role);
    }
}
