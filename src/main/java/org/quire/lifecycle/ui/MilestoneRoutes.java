package org.quire.lifecycle.ui;

import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.MilestoneId;
import org.quire.proposal.ProposalId;

/** Addresses of the milestone pages, and of the pages they lead back to. */
final class MilestoneRoutes {

    static final String TODAY = "today";

    private MilestoneRoutes() {
    }

    static String lifecycle(ProposalId proposal) {
        return "proposals/" + proposal.value() + "/lifecycle";
    }

    static String proposal(ProposalId proposal) {
        return "proposals/" + proposal.value();
    }

    static String milestone(ProposalId proposal, MilestoneId milestone) {
        return "proposals/" + proposal.value() + "/milestones/" + milestone.value();
    }

    /** {@code to} null: with the proposal as it is today. */
    static String compare(ProposalId proposal, MilestoneId from, @Nullable MilestoneId to) {
        return milestone(proposal, from) + "/compare/" + (to == null ? TODAY : to.value());
    }

    /** The descriptor set's own page for the changes between two of its revisions. */
    static String descriptorDiff(ProposalId proposal, int from, int to) {
        return "proposals/" + proposal.value() + "/descriptors/diff/" + from + "/" + to;
    }
}
