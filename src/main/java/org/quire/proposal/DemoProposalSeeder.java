package org.quire.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.descriptor.DemoDescriptors;
import org.quire.proposal.internal.CommentPeriodStore;
import org.quire.proposal.internal.DemoProposal;
import org.quire.proposal.internal.DescriptorSetJson;
import org.quire.proposal.internal.ProposalNumbers;
import org.quire.proposal.internal.ProposalStore;
import org.quire.revision.Revisions;
import org.quire.shared.PersonKey;
import org.quire.workgroup.DemoWorkgroupReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo workgroup its demo proposal, with section texts, the telemedicine descriptor set and
 * a comment period open to every commenter, when the workgroup has no proposal yet (so a restart seeds nothing twice, and people's own
 * proposals are never joined by a seeded one).
 */
@Component
class DemoProposalSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoProposalSeeder.class);
    static final Duration DEMO_PERIOD = Duration.ofDays(30);

    private final ProposalStore proposals;
    private final ProposalNumbers numbers;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final CommentPeriodStore periods;
    private final PeriodStates periodStates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoProposalSeeder(ProposalStore proposals, ProposalNumbers numbers, Revisions revisions, AuditTrail audit,
            CommentPeriodStore periods, PeriodStates periodStates, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.numbers = numbers;
        this.revisions = revisions;
        this.audit = audit;
        this.periods = periods;
        this.periodStates = periodStates;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoWorkgroupReady ready) {
        if (!proposals.ofWorkgroup(ready.workgroup()).isEmpty()) {
            return;
        }
        var author = ready.member();
        var number = numbers.next(ready.workgroup().value(), ready.proposalPrefix(), Year.now(clock).getValue());
        var sections = new ArrayList<Section>();
        var texts = new ArrayList<String>();
        for (var demo : DemoProposal.SECTIONS) {
            sections.add(new Section(SectionId.random(), demo.kind(), demo.kind().label(), null));
            texts.add(demo.text());
        }
        var proposal = proposals.insert(new Proposal(new ProposalId("new"), ready.workgroup(), number,
                DemoProposal.TITLE, List.of(1), ProposalState.DRAFTING, sections, false, clock.instant(), author, 0));
        for (int i = 0; i < sections.size(); i++) {
            revisions.create(sections.get(i).document(), texts.get(i), author, "First draft");
        }
        revisions.create(proposal.descriptorDocument(), DescriptorSetJson.write(DemoDescriptors.telemedicine()),
                author, "First draft of the descriptors");
        audit.record(AuditEntry.of(author, "proposal.created", ready.workgroup().value(), "proposal",
                proposal.id().value()).withChange(null, number + " " + DemoProposal.TITLE));
        openForComment(proposal, ready.staff());
        log.info("Seeded the demo proposal {} {}", number, DemoProposal.TITLE);
        events.publishEvent(new DemoProposalReady(proposal, texts, ready.staff(), ready.member(), ready.commenter()));
    }

    /** A comment period for every commenter, from now for {@link #DEMO_PERIOD}, so the demo shows review. */
    private void openForComment(Proposal proposal, PersonKey staff) {
        var now = clock.instant();
        var period = periods.insert(new CommentPeriod(new CommentPeriodId("new"), proposal.id(), proposal.workgroup(),
                now, now.plus(DEMO_PERIOD), CommentAudience.EVERY_COMMENTER, staff, now, List.of(), null));
        audit.record(AuditEntry.of(staff, "comment-period.opened", proposal.workgroup().value(), "comment-period",
                period.id().value()).withChange(null, proposal.number()));
        periodStates.sync(proposal.id(), staff);
    }
}
