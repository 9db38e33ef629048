package org.quire.proposal.ui;

import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;

/** The addresses of the proposal views, in one place. */
final class ProposalRoutes {

    private ProposalRoutes() {
    }

    static String proposals(String workgroupSlug) {
        return "workgroups/" + workgroupSlug + "/proposals";
    }

    static String proposal(ProposalId id) {
        return "proposals/" + id.value();
    }

    /** The proposal's code descriptors as the reader sees them. */
    static String descriptors(ProposalId id) {
        return proposal(id) + "/descriptors";
    }

    /** The form that edits the proposal's code descriptors. */
    static String editDescriptors(ProposalId id) {
        return descriptors(id) + "/edit";
    }

    /** The proposal's comment periods: STAFF open, extend and close them there. */
    static String commentPeriods(ProposalId id) {
        return proposal(id) + "/comment-periods";
    }

    /** STAFF's dispositions of commenters' threads (a view of the comment module). */
    static String dispositions(ProposalId id) {
        return proposal(id) + "/dispositions";
    }

    static String edit(ProposalId id, SectionId section) {
        return section(id, section) + "/edit";
    }

    static String history(ProposalId id, SectionId section) {
        return section(id, section) + "/history";
    }

    static String diff(ProposalId id, SectionId section, int from, int to) {
        return section(id, section) + "/diff/" + from + "/" + to;
    }

    static String blame(ProposalId id, SectionId section, int revision) {
        return section(id, section) + "/blame/" + revision;
    }

    static String revision(ProposalId id, SectionId section, int revision) {
        return section(id, section) + "/revisions/" + revision;
    }

    static String descriptorHistory(ProposalId id) {
        return descriptors(id) + "/history";
    }

    static String descriptorDiff(ProposalId id, int from, int to) {
        return descriptors(id) + "/diff/" + from + "/" + to;
    }

    static String descriptorRevision(ProposalId id, int revision) {
        return descriptors(id) + "/revisions/" + revision;
    }

    private static String section(ProposalId id, SectionId section) {
        return "proposals/" + id.value() + "/sections/" + section.value();
    }
}
