package org.quire.workgroup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;

import org.quire.identity.Disclosure;
import org.quire.identity.InterestKind;
import org.quire.shared.InputRejected;

/**
 * What a person without a role fills in to ask to participate (DESIGN.md section 1): whom they
 * speak for, why, what expertise they bring, the role they ask for, and any conflict of interest.
 */
public record NewParticipationRequest(OrganizationKind organizationKind, String organization, String rationale,
        String expertise, WorkgroupRole roleAsked, InterestKind interest, String interestDescription) {

    public static final int MAX_ORGANIZATION = 200;
    public static final int MAX_RATIONALE = 4_000;
    public static final int MAX_EXPERTISE = 4_000;
    public static final int MAX_INTEREST = Disclosure.MAX_DESCRIPTION;
    /** Staff grant the other roles; a person asks to draft or to comment. */
    public static final Set<WorkgroupRole> ROLES_TO_ASK = EnumSet.of(WorkgroupRole.MEMBER, WorkgroupRole.COMMENTER);

    public NewParticipationRequest {
        organization = organization.strip();
        rationale = rationale.strip();
        expertise = expertise.strip();
        interestDescription = interest == null || interest == InterestKind.NONE ? "" : interestDescription.strip();
        var problems = new ArrayList<String>();
        // A form leaves a choice unset as null, whatever the contract says: say so instead of failing.
        if (organizationKind == null) {
            problems.add("Choose the kind of organization you speak for.");
        }
        if (organization.isEmpty() || organization.length() > MAX_ORGANIZATION) {
            problems.add("The organization's name must be 1 to " + MAX_ORGANIZATION + " characters.");
        }
        if (rationale.isEmpty() || rationale.length() > MAX_RATIONALE) {
            problems.add("The statement of rationale must be 1 to " + MAX_RATIONALE + " characters.");
        }
        if (expertise.isEmpty() || expertise.length() > MAX_EXPERTISE) {
            problems.add("The description of your expertise must be 1 to " + MAX_EXPERTISE + " characters.");
        }
        if (!ROLES_TO_ASK.contains(roleAsked)) {
            problems.add("You can ask to be a member or a commenter; staff assign the other roles.");
        }
        problems.addAll(Disclosure.problemsOf(interest, interestDescription));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    /** The conflict-of-interest part, as the person's profile keeps it too. */
    public Disclosure disclosure() {
        return new Disclosure(interest, interestDescription);
    }
}
