package org.quire.lifecycle.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.Ballot;
import org.quire.lifecycle.BallotId;
import org.quire.lifecycle.BallotResult;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Vote;
import org.quire.lifecycle.VoteChoice;
import org.quire.lifecycle.Voter;
import org.quire.lifecycle.VotingRules;
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
 * The {@code lifecycle_ballots} collection: one document per ballot with its votes inside (a ballot
 * holds at most a few dozen), written optimistically so two votes at once never lose one.
 */
@Component
public class BallotStore implements InitializingBean {

    static final String COLLECTION = "lifecycle_ballots";

    private final MongoTemplate mongo;

    BallotStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("proposalId", Sort.Direction.ASC)
                .on("opened", Sort.Direction.ASC).named("proposal_ballots"));
    }

    public Ballot insert(Ballot ballot) {
        return mongo.insert(BallotDocument.of(ballot, null, null), COLLECTION).toBallot();
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it meanwhile */
    public Versioned update(Versioned versioned) {
        var ballot = versioned.ballot();
        var saved = mongo.save(BallotDocument.of(ballot, new ObjectId(ballot.id().value()), versioned.version()),
                COLLECTION);
        return saved.versioned();
    }

    /** Oldest first. */
    public List<Versioned> ofProposal(ProposalId proposal) {
        return mongo.find(Query.query(Criteria.where("proposalId").is(proposal.value())).with(Sort.by("opened")),
                BallotDocument.class, COLLECTION).stream().map(BallotDocument::versioned).toList();
    }

    public Optional<Versioned> latest(ProposalId proposal) {
        var all = ofProposal(proposal);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public record Versioned(Ballot ballot, long version) {
    }

    record VoterDocument(String issuer, String subject, String name) {
    }

    record VoteDocument(String issuer, String subject, VoteChoice choice, String note, Instant at) {
    }

    @Document(COLLECTION)
    record BallotDocument(@Id @Nullable ObjectId id, String proposalId, String workgroupId, String milestoneId,
            String milestoneName, List<VoterDocument> eligible, int quorum, int threshold, List<VoteDocument> votes,
            Instant opened, String openedByIssuer, String openedBySubject, @Nullable Instant decidedAt,
            @Nullable String decidedByIssuer, @Nullable String decidedBySubject, @Nullable BallotResult result,
            @Nullable Instant cancelledAt, @Nullable String cancelledByIssuer, @Nullable String cancelledBySubject,
            String cancelledReason, @Version @Nullable Long version) {

        static BallotDocument of(Ballot b, @Nullable ObjectId id, @Nullable Long version) {
            var decider = b.decidedBy();
            var canceller = b.cancelledBy();
            return new BallotDocument(id, b.proposal().value(), b.workgroup().value(), b.milestone().value(),
                    b.milestoneName(), b.eligible().stream().map(v -> new VoterDocument(v.person().issuer(),
                            v.person().subject(), v.name())).toList(), b.rules().quorum(), b.rules().threshold(),
                    b.votes().stream().map(v -> new VoteDocument(v.voter().issuer(), v.voter().subject(),
                            v.choice(), v.note(), v.at())).toList(), b.opened(), b.openedBy().issuer(),
                    b.openedBy().subject(), b.decidedAt(), decider == null ? null : decider.issuer(),
                    decider == null ? null : decider.subject(), b.result(), b.cancelledAt(),
                    canceller == null ? null : canceller.issuer(), canceller == null ? null : canceller.subject(),
                    b.cancelledReason(), version);
        }

        Versioned versioned() {
            return new Versioned(toBallot(), version == null ? 0 : version);
        }

        Ballot toBallot() {
            return new Ballot(new BallotId(String.valueOf(id)), new ProposalId(proposalId), new WorkgroupId(workgroupId),
                    new MilestoneId(milestoneId), milestoneName, eligible.stream()
                            .map(v -> new Voter(new PersonKey(v.issuer(), v.subject()), v.name())).toList(),
                    new VotingRules(quorum, threshold), votes.stream().map(v -> new Vote(
                            new PersonKey(v.issuer(), v.subject()), v.choice(), v.note(), v.at())).toList(),
                    opened, new PersonKey(openedByIssuer, openedBySubject), decidedAt,
                    key(decidedByIssuer, decidedBySubject), result, cancelledAt,
                    key(cancelledByIssuer, cancelledBySubject), cancelledReason);
        }

        private static @Nullable PersonKey key(@Nullable String issuer, @Nullable String subject) {
            return issuer == null || subject == null ? null : new PersonKey(issuer, subject);
        }
    }
}
