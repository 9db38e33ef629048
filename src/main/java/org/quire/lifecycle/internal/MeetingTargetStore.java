package org.quire.lifecycle.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.MeetingMove;
import org.quire.lifecycle.PanelDecision;
import org.quire.lifecycle.PanelMeetingId;
import org.quire.lifecycle.PanelOutcome;
import org.quire.lifecycle.PanelSubmission;
import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code lifecycle_meeting_targets} collection: one document per proposal (keyed by its id) with
 * the meeting it goes to and the history of moves, submissions and outcomes, written optimistically
 * (STAFF and the missed-deadline sweep may write at the same moment).
 */
@Component
public class MeetingTargetStore implements InitializingBean {

    static final String COLLECTION = "lifecycle_meeting_targets";

    private final MongoTemplate mongo;

    MeetingTargetStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("meetingId", Sort.Direction.ASC).named("by_meeting"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("workgroupId", Sort.Direction.ASC)
                .named("by_workgroup"));
    }

    /**
     * Inserts (version {@code null}) or replaces the proposal's document.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed meanwhile
     * @throws org.springframework.dao.DuplicateKeyException when another first write won
     */
    public Stored save(Stored target) {
        var document = TargetDocument.of(target);
        return (target.version() == null ? mongo.insert(document, COLLECTION) : mongo.save(document, COLLECTION))
                .toStored();
    }

    public Optional<Stored> find(ProposalId proposal) {
        return Optional.ofNullable(mongo.findById(proposal.value(), TargetDocument.class, COLLECTION))
                .map(TargetDocument::toStored);
    }

    public List<Stored> ofWorkgroup(WorkgroupId workgroup) {
        return mongo.find(Query.query(Criteria.where("workgroupId").is(workgroup.value())), TargetDocument.class,
                COLLECTION).stream().map(TargetDocument::toStored).toList();
    }

    public List<Stored> goingTo(Collection<PanelMeetingId> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("meetingId").in(meetings.stream().map(PanelMeetingId::value)
                .toList())), TargetDocument.class, COLLECTION).stream().map(TargetDocument::toStored).toList();
    }

    /** A proposal's target as kept; {@code version} is {@code null} before its first write. */
    public record Stored(ProposalId proposal, WorkgroupId workgroup, @Nullable PanelMeetingId meeting,
            List<MeetingMove> moves, List<PanelSubmission> submissions, List<PanelDecision> decisions,
            @Nullable Long version) {

        public Stored {
            moves = List.copyOf(moves);
            submissions = List.copyOf(submissions);
            decisions = List.copyOf(decisions);
        }
    }

    @Document(COLLECTION)
    record TargetDocument(@Id String id, String workgroupId, @Nullable String meetingId, List<MoveDocument> moves,
            List<SubmissionDocument> submissions, List<DecisionDocument> decisions, @Version @Nullable Long version) {

        static TargetDocument of(Stored t) {
            var meeting = t.meeting();
            return new TargetDocument(t.proposal().value(), t.workgroup().value(),
                    meeting == null ? null : meeting.value(), t.moves().stream().map(MoveDocument::of).toList(),
                    t.submissions().stream().map(SubmissionDocument::of).toList(),
                    t.decisions().stream().map(DecisionDocument::of).toList(), t.version());
        }

        Stored toStored() {
            return new Stored(new ProposalId(id), new WorkgroupId(workgroupId),
                    meetingId == null ? null : new PanelMeetingId(meetingId),
                    moves == null ? List.of() : moves.stream().map(MoveDocument::toMove).toList(),
                    submissions == null ? List.of() : submissions.stream().map(SubmissionDocument::toSubmission)
                            .toList(),
                    decisions == null ? List.of() : decisions.stream().map(DecisionDocument::toDecision).toList(),
                    version == null ? 0L : version);
        }
    }

    record MoveDocument(String on, @Nullable String from, @Nullable String to, String note, String byIssuer,
            String bySubject) {

        static MoveDocument of(MeetingMove m) {
            var from = m.from();
            var to = m.to();
            return new MoveDocument(m.on().toString(), from == null ? null : from.value(),
                    to == null ? null : to.value(), m.note(), m.by().issuer(), m.by().subject());
        }

        MeetingMove toMove() {
            return new MeetingMove(LocalDate.parse(on), from == null ? null : new PanelMeetingId(from),
                    to == null ? null : new PanelMeetingId(to), note, new PersonKey(byIssuer, bySubject));
        }
    }

    record SubmissionDocument(String meetingId, String byIssuer, String bySubject, Instant at) {

        static SubmissionDocument of(PanelSubmission s) {
            return new SubmissionDocument(s.meeting().value(), s.by().issuer(), s.by().subject(), s.at());
        }

        PanelSubmission toSubmission() {
            return new PanelSubmission(new PanelMeetingId(meetingId), new PersonKey(byIssuer, bySubject), at);
        }
    }

    record DecisionDocument(String meetingId, PanelOutcome outcome, String notes, String byIssuer, String bySubject,
            Instant at) {

        static DecisionDocument of(PanelDecision d) {
            return new DecisionDocument(d.meeting().value(), d.outcome(), d.notes(), d.by().issuer(),
                    d.by().subject(), d.at());
        }

        PanelDecision toDecision() {
            return new PanelDecision(new PanelMeetingId(meetingId), outcome, notes,
                    new PersonKey(byIssuer, bySubject), at);
        }
    }
}
