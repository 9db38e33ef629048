package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.comment.internal.ThreadStore;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every role times every review action, with no comment period, during one open to the
 * commenter's organization, and after it closed: allowed or refused as DD010 says, and a refused
 * call leaves the proposal's threads and text as they were. Each allowed case gets a proposal of
 * its own; refused cases of one action and period share one.
 */
@QuireIntegrationTest
class ReviewPermissionsIT {

    private static final String ISSUER = "urn:quire:review-permissions";
    private static final String SOCIETY = "Society of Review Medicine";
    private static final String TEXT = "Report the code once per day for live video.";
    private static final String PASSAGE = "once per day";
    private static final int START = TEXT.indexOf(PASSAGE);
    private static final int END = START + PASSAGE.length();

    enum Role {
        STAFF(WorkgroupRole.STAFF, null),
        MEMBER(WorkgroupRole.MEMBER, null),
        /** Of the organization the period is open to. */
        COMMENTER(WorkgroupRole.COMMENTER, SOCIETY),
        /** Of an organization the period is not open to. */
        OTHER_COMMENTER(WorkgroupRole.COMMENTER, "College of Other Things"),
        OBSERVER(WorkgroupRole.OBSERVER, null),
        NON_MEMBER(null, null);

        final @Nullable WorkgroupRole role;
        final @Nullable String organization;

        Role(@Nullable WorkgroupRole role, @Nullable String organization) {
            this.role = role;
            this.organization = organization;
        }

        PersonKey key() {
            return new PersonKey(ISSUER, "review-" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    enum Period { NONE, OPEN, CLOSED }

    /** Writing in threads: the workgroup always, commenters while a period open to them runs. */
    private static final Map<Period, Set<Role>> COMMENTING = Map.of(
            Period.NONE, EnumSet.of(Role.STAFF, Role.MEMBER),
            Period.OPEN, EnumSet.of(Role.STAFF, Role.MEMBER, Role.COMMENTER),
            Period.CLOSED, EnumSet.of(Role.STAFF, Role.MEMBER));
    /** Resolving others' threads, deciding suggestions: the workgroup, periods or not. */
    private static final Map<Period, Set<Role>> WORKGROUP = Map.of(
            Period.NONE, EnumSet.of(Role.STAFF, Role.MEMBER),
            Period.OPEN, EnumSet.of(Role.STAFF, Role.MEMBER),
            Period.CLOSED, EnumSet.of(Role.STAFF, Role.MEMBER));
    /** Resolving one's own thread: whoever reads the proposal (commenters from its first period on). */
    private static final Map<Period, Set<Role>> READERS = Map.of(
            Period.NONE, EnumSet.of(Role.STAFF, Role.MEMBER, Role.OBSERVER),
            Period.OPEN, EnumSet.of(Role.STAFF, Role.MEMBER, Role.OBSERVER, Role.COMMENTER, Role.OTHER_COMMENTER),
            Period.CLOSED, EnumSet.of(Role.STAFF, Role.MEMBER, Role.OBSERVER, Role.COMMENTER, Role.OTHER_COMMENTER));

    enum Action {
        START_ON_PASSAGE(COMMENTING),
        START_ON_DESCRIPTOR(COMMENTING),
        START_ON_PROPOSAL(COMMENTING),
        REPLY(COMMENTING),
        EDIT_OWN(COMMENTING),
        DELETE_OWN(COMMENTING),
        RESOLVE(WORKGROUP),
        REOPEN(WORKGROUP),
        RESOLVE_OWN(READERS),
        SUGGEST(COMMENTING),
        ACCEPT(WORKGROUP),
        REJECT(WORKGROUP);

        final Map<Period, Set<Role>> allowed;

        Action(Map<Period, Set<Role>> allowed) {
            this.allowed = allowed;
        }
    }

    private static final Set<Action> OWN = EnumSet.of(Action.EDIT_OWN, Action.DELETE_OWN, Action.RESOLVE_OWN);
    private static final Map<String, Arranged> SHARED = new HashMap<>();
    private static @Nullable Workgroup workgroup;

    @Autowired
    CommentThreads comments;
    @Autowired
    Suggestions suggestions;
    @Autowired
    CommentPeriods periods;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    ThreadStore threadStore;
    @Autowired
    PersonDirectory people;
    @Autowired
    WorkgroupStore workgroups;
    @Autowired
    MembershipStore memberships;
    @Autowired
    MongoTemplate mongo;

    static Stream<Arguments> cases() {
        var cases = new ArrayList<Arguments>();
        for (var action : Action.values()) {
            for (var period : Period.values()) {
                for (var role : Role.values()) {
                    cases.add(Arguments.of(role, action, period, action.allowed.get(period).contains(role)));
                }
            }
        }
        return cases.stream();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @ParameterizedTest(name = "{0} {1}, period {2}: allowed {3}")
    @MethodSource("cases")
    void eachRoleMayDoWhatTheRulesSayAndNothingElse(Role role, Action action, Period period, boolean allowed) {
        // a refused call changes nothing (asserted below), so refused cases share what they act on
        var arranged = allowed ? arrange(action, period, role)
                : SHARED.computeIfAbsent(action + " " + period + (OWN.contains(action) ? " " + role : ""),
                        key -> arrange(action, period, role));
        var before = snapshot(arranged.proposal);

        signInAs(role);
        if (allowed) {
            act(action, arranged);
            SignedIn.signOut();
            assertThat(snapshot(arranged.proposal)).as("what %s by %s changed", action, role).isNotEqualTo(before);
        } else {
            assertThatThrownBy(() -> act(action, arranged)).as("%s by %s", action, role)
                    .isInstanceOfAny(AccessRefused.class, NoSuchElementException.class);
            SignedIn.signOut();
            assertThat(snapshot(arranged.proposal)).as("what %s by %s changed although refused", action, role)
                    .isEqualTo(before);
        }
    }

    private void act(Action action, Arranged on) {
        var proposal = on.proposal.id();
        switch (action) {
            case START_ON_PASSAGE -> comments.startOnPassage(proposal, on.section, 2, 0, 6, "About these words.");
            case START_ON_DESCRIPTOR -> comments.startOnDescriptor(proposal, on.descriptor(), "About this code.");
            case START_ON_PROPOSAL -> comments.startOnProposal(proposal, "About the whole.");
            case REPLY -> comments.reply(on.staffThread().id(), "Agreed.");
            case EDIT_OWN -> comments.edit(on.ownThread().id(), on.ownThread().comments().getFirst().id(),
                    "Reworded.");
            case DELETE_OWN -> comments.delete(on.ownThread().id(), on.ownThread().comments().getFirst().id());
            case RESOLVE -> comments.resolve(on.staffThread().id());
            case REOPEN -> comments.reopen(on.staffThread().id());
            case RESOLVE_OWN -> comments.resolve(on.ownThread().id());
            case SUGGEST -> suggestions.suggest(proposal, on.section, 2, START, END, "once a day", "Plainer.");
            case ACCEPT -> suggestions.accept(List.of(on.suggestion().id()));
            case REJECT -> suggestions.reject(on.suggestion().id(), "Per day is the payers' wording.");
        }
    }

    /** A proposal by staff with what the action needs, then the period as the case says. */
    private Arranged arrange(Action action, Period period, Role role) {
        var group = workgroup();
        signInAs(Role.STAFF);
        var proposal = proposals.create(group.id(), new NewProposal("Review permissions", List.of(1)));
        var section = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), section, 1, TEXT, "First text");
        DescriptorId descriptor = null;
        CommentThread staffThread = null;
        CommentThread ownThread = null;
        CommentThread suggestion = null;
        switch (action) {
            case START_ON_DESCRIPTOR -> {
                var code = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine check-in");
                descriptorSets.save(proposal.id(), 1, DescriptorSet.EMPTY
                        .withFamilies(List.of(CodeFamily.of("Check-ins", List.of(code)))), "One code");
                descriptor = code.id();
            }
            case REPLY, RESOLVE -> staffThread = comments.startOnProposal(proposal.id(), "A remark by staff.");
            case REOPEN -> {
                staffThread = comments.startOnProposal(proposal.id(), "A remark by staff.");
                comments.resolve(staffThread.id());
            }
            case EDIT_OWN, DELETE_OWN, RESOLVE_OWN -> ownThread = threadBy(role, proposal);
            case SUGGEST, START_ON_PASSAGE, START_ON_PROPOSAL -> {
            }
            case ACCEPT, REJECT -> suggestion = suggestions.suggest(proposal.id(), section, 2, START, END,
                    "once a day", "Plainer.");
        }
        if (period != Period.NONE) {
            var opened = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                    CommentAudience.organizations(List.of(SOCIETY)));
            if (period == Period.CLOSED) {
                periods.close(opened.id());
            }
        }
        SignedIn.signOut();
        return new Arranged(proposal, section, descriptor, staffThread, ownThread, suggestion);
    }

    /**
     * A thread the role's person started, written straight to the store: as if they had commented
     * while they could (a commenter during an earlier period); observers and outsiders never can,
     * which is the point of asking what they may do with it.
     */
    private CommentThread threadBy(Role role, Proposal proposal) {
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return threadStore.insert(new CommentThread(new ThreadId("new"), proposal.id(), proposal.workgroup(),
                new ThreadTarget.WholeProposal(), ThreadStatus.OPEN, role.key(), role.organization, now,
                List.of(new Comment(CommentId.random(), role.key(), now, "My own remark.", null, null)), null, null,
                null, false, 0));
    }

    /** The proposal's threads as stored, and the revisions of its text. */
    private List<String> snapshot(Proposal proposal) {
        var state = new ArrayList<String>();
        mongo.find(Query.query(Criteria.where("proposalId").is(proposal.id().value())), Document.class,
                "comment_threads").forEach(thread -> state.add(thread.toJson()));
        state.sort(null);
        for (var section : proposal.currentSections()) {
            state.add(section.id().value() + " revisions: " + mongo.count(Query.query(
                    Criteria.where("documentId").is(section.document().value())), "revisions"));
        }
        return state;
    }

    private Workgroup workgroup() {
        if (workgroup == null) {
            var slug = "review-permissions-" + UUID.randomUUID().toString().substring(0, 8);
            workgroup = workgroups.create(new NewWorkgroup(slug, "Review Permissions " + slug.substring(19),
                    "A workgroup of the review permission table.", List.of("Recommend codes.")));
            for (var role : Role.values()) {
                people.introduce(role.key(), "Review " + role.name().toLowerCase(Locale.ROOT), null,
                        role.organization);
                if (role.role != null) {
                    memberships.add(new Membership(workgroup.id(), role.key(), role.role, MembershipStatus.ACTIVE));
                }
            }
        }
        return workgroup;
    }

    private void signInAs(Role role) {
        SignedIn.as(people, role.key().issuer(), role.key().subject());
    }

    private record Arranged(Proposal proposal, SectionId section, @Nullable DescriptorId descriptor,
            @Nullable CommentThread staffThread, @Nullable CommentThread ownThread,
            @Nullable CommentThread suggestion) {
    }
}
