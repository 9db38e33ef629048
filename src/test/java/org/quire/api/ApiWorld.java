package org.quire.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.quire.SignedIn;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.proposal.internal.DemoProposal;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupService;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.context.ApplicationContext;

/**
 * The people and proposals the API tests call with: the demo workgroup's people, and an outsider
 * who is STAFF of a workgroup of their own with a proposal of its own (a revised code, a saved
 * section, a milestone). Tokens made here are revoked by {@link #revokeAll}, so the demo people
 * never run into the limit of live tokens.
 */
final class ApiWorld {

    static final String OTHER_SLUG = "api-other";
    static final String OUTSIDER = "api-outsider";
    static final String REVISED_CURRENT = "Remote evaluation of recorded video and images submitted by a patient";
    static final String REVISED_PROPOSED = "Remote evaluation of recorded video and images securely submitted by "
            + "a patient, 5 minutes or more";
    static final String MILESTONE = "API test milestone";

    private final ApplicationContext beans;
    private final PersonDirectory people;
    private final SignInSettings signIn;
    private final List<Made> made = new ArrayList<>();

    private record Made(PersonKey owner, AccessTokenId id) {
    }

    ApiWorld(ApplicationContext beans) {
        this.beans = beans;
        this.people = beans.getBean(PersonDirectory.class);
        this.signIn = beans.getBean(SignInSettings.class);
    }

    /** A fresh token of the demo account or the outsider, by username. */
    String tokenOf(String username) {
        var key = signInAs(username);
        try {
            var token = beans.getBean(AccessTokens.class).create("API test", LocalDate.now(AccessTokens.ZONE).plusDays(2));
            made.add(new Made(key, token.token().id()));
            return token.secret();
        } finally {
            SignedIn.signOut();
        }
    }

    AccessTokenId lastMadeId() {
        return made.getLast().id();
    }

    void revoke(AccessTokenId id) {
        var owner = made.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().owner();
        signInAs(owner.subject());
        try {
            beans.getBean(AccessTokens.class).revoke(id);
        } finally {
            SignedIn.signOut();
        }
    }

    void revokeAll() {
        made.forEach(m -> revoke(m.id()));
        made.clear();
    }

    ProposalId demoProposal() {
        signInAs("member");
        try {
            var services = beans.getBean(WorkgroupService.class);
            return beans.getBean(ProposalService.class).list(services.workgroup("telehealth").id()).stream()
                    .filter(p -> p.title().equals(DemoProposal.TITLE)).findFirst().orElseThrow().id();
        } finally {
            SignedIn.signOut();
        }
    }

    /** The outsider's workgroup and proposal, made the first time any test asks. */
    synchronized OtherProposal otherProposal() {
        var workgroups = beans.getBean(WorkgroupStore.class);
        var workgroup = workgroups.findBySlug(OTHER_SLUG).orElseGet(() -> workgroups.create(new NewWorkgroup(
                OTHER_SLUG, "API Other Workgroup", "A workgroup of the API tests.", List.of("Test the API."))));
        var outsider = signInAs(OUTSIDER);
        try {
            if (beans.getBean(MembershipStore.class).find(workgroup.id(), outsider).isEmpty()) {
                beans.getBean(MembershipStore.class).add(new Membership(workgroup.id(), outsider, WorkgroupRole.STAFF,
                        MembershipStatus.ACTIVE));
            }
            var proposals = beans.getBean(ProposalService.class);
            var existing = proposals.list(workgroup.id());
            if (!existing.isEmpty()) {
                var id = existing.getFirst().id();
                return new OtherProposal(workgroup, id, beans.getBean(Milestones.class).list(id).getFirst());
            }
            var proposal = proposals.create(workgroup.id(), new NewProposal("Recorded video review", List.of(1)));
            var sections = beans.getBean(SectionService.class);
            var first = sections.readAll(proposal.id()).getFirst();
            sections.save(proposal.id(), first.section().id(), first.head().number(),
                    "New guidance ▶for recorded video◀.", "First text");
            var descriptors = beans.getBean(DescriptorSetService.class);
            var revised = Descriptor.of("9X2X1", DescriptorAction.REVISED, REVISED_PROPOSED)
                    .withCurrentText(REVISED_CURRENT);
            descriptors.save(proposal.id(), descriptors.read(proposal.id()).head().number(),
                    new DescriptorSet(List.of(CodeFamily.of("Recorded video", List.of(revised))), Set.of()),
                    "A revised code");
            var milestone = beans.getBean(Milestones.class).capture(proposal.id(), MILESTONE);
            return new OtherProposal(workgroup, proposal.id(), milestone);
        } finally {
            SignedIn.signOut();
        }
    }

    record OtherProposal(Workgroup workgroup, ProposalId id, Milestone milestone) {
    }

    private PersonKey signInAs(String username) {
        var issuer = OUTSIDER.equals(username) ? "urn:quire:api-it" : signIn.issuer();
        return SignedIn.as(people, issuer, username);
    }
}
