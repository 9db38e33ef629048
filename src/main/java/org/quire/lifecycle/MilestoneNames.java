package org.quire.lifecycle;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.quire.lifecycle.internal.MilestoneStore;
import org.quire.proposal.ProposalState;
import org.quire.proposal.StateChange;
import org.quire.shared.InputRejected;

/** The names milestones get: checked when given by hand, made up when a state change makes one. */
final class MilestoneNames {

    static final DateTimeFormatter SUBMITTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MilestoneNames() {
    }

    /** The name as stored, or why it cannot be one. */
    static String checked(String name, List<Milestone> existing) {
        var given = name == null ? "" : name.strip();
        if (given.isEmpty()) {
            throw new InputRejected("Give the milestone a name, such as \"Before the rationale rewrite\".");
        }
        if (given.length() > Milestone.MAX_NAME) {
            throw new InputRejected("A milestone's name has at most " + Milestone.MAX_NAME + " characters; this one has "
                    + given.length() + ".");
        }
        if (given.chars().anyMatch(Character::isISOControl)) {
            throw new InputRejected("A milestone's name is one line of text, without line breaks or tabs.");
        }
        if (taken(given, existing)) {
            throw new InputRejected(alreadyUsed(given));
        }
        return given;
    }

    static String alreadyUsed(String name) {
        return "This proposal already has a milestone named \"" + name + "\": choose another name.";
    }

    /**
     * "Draft for comment period 2", "For workgroup approval 1", "Submitted 05 Mar 2027" (UTC); should
     * someone have given that name by hand already, the next free "(2)", "(3)"... is added.
     */
    static String onEntry(StateChange change, List<Milestone> existing) {
        var name = switch (change.to()) {
            case COMMENT_PERIOD -> "Draft for comment period " + (count(existing, ProposalState.COMMENT_PERIOD) + 1);
            case WORKGROUP_APPROVAL -> "For workgroup approval " + (count(existing, ProposalState.WORKGROUP_APPROVAL) + 1);
            case SUBMITTED -> "Submitted " + SUBMITTED_ON.format(change.at());
            default -> change.to().label() + " " + SUBMITTED_ON.format(change.at());
        };
        return free(name, existing);
    }

    static String free(String name, List<Milestone> existing) {
        var candidate = name;
        for (int n = 2; taken(candidate, existing); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static long count(List<Milestone> existing, ProposalState entered) {
        return existing.stream().filter(milestone -> milestone.entered() == entered).count();
    }

    private static boolean taken(String name, List<Milestone> existing) {
        var key = MilestoneStore.nameKey(name);
        return existing.stream().anyMatch(milestone -> MilestoneStore.nameKey(milestone.name()).equals(key));
    }
}
