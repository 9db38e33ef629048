package org.quire.proposal.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriodId;
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

/** The {@code comment_periods} collection, one document per period, written optimistically. */
@Component
public class CommentPeriodStore implements InitializingBean {

    static final String COLLECTION = "comment_periods";

    private final MongoTemplate mongo;

    CommentPeriodStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("proposalId", Sort.Direction.ASC).on("opens", Sort.Direction.ASC)
                .named("proposal_periods"));
        indexes.createIndex(new Index().on("ends", Sort.Direction.ASC).named("period_ends"));
    }

    public CommentPeriod insert(CommentPeriod period) {
        return mongo.insert(PeriodDocument.of(period, null, null), COLLECTION).toPeriod();
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when changed since read */
    public CommentPeriod update(CommentPeriod period, long version) {
        return mongo.save(PeriodDocument.of(period, new ObjectId(period.id().value()), version), COLLECTION)
                .toPeriod();
    }

    public Optional<Versioned> find(CommentPeriodId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), PeriodDocument.class, COLLECTION))
                .map(document -> new Versioned(document.toPeriod(), document.version() == null ? 0 : document.version()));
    }

    /** Oldest first. */
    public List<CommentPeriod> ofProposal(ProposalId proposal) {
        return mongo.find(Query.query(Criteria.where("proposalId").is(proposal.value())).with(Sort.by("opens")),
                PeriodDocument.class, COLLECTION).stream().map(PeriodDocument::toPeriod).toList();
    }

    /** Periods ending at or after {@code since}: those whose opening or close a sweep may still have to act on. */
    public List<CommentPeriod> endingSince(Instant since) {
        return mongo.find(Query.query(Criteria.where("ends").gte(since)), PeriodDocument.class, COLLECTION)
                .stream().map(PeriodDocument::toPeriod).toList();
    }

    public record Versioned(CommentPeriod period, long version) {
    }

    @Document(COLLECTION)
    record PeriodDocument(@Id @Nullable ObjectId id, String proposalId, String workgroupId, Instant opens,
            Instant closes, Instant ends, boolean everyCommenter, List<String> organizations, String openedByIssuer,
            String openedBySubject, Instant openedAt, List<ExtensionDocument> extensions,
            @Nullable Instant closedEarly, @Version @Nullable Long version) {

        static PeriodDocument of(CommentPeriod p, @Nullable ObjectId id, @Nullable Long version) {
            return new PeriodDocument(id, p.proposal().value(), p.workgroup().value(), p.opens(), p.closes(), p.ends(),
                    p.audience().everyCommenter(), p.audience().organizations(), p.openedBy().issuer(),
                    p.openedBy().subject(), p.openedAt(), p.extensions().stream().map(ExtensionDocument::of).toList(),
                    p.closedEarly(), version);
        }

        CommentPeriod toPeriod() {
            return new CommentPeriod(new CommentPeriodId(String.valueOf(id)), new ProposalId(proposalId),
                    new WorkgroupId(workgroupId), opens, closes,
                    new CommentAudience(everyCommenter, organizations), new PersonKey(openedByIssuer, openedBySubject),
                    openedAt, extensions.stream().map(ExtensionDocument::toExtension).toList(), closedEarly);
        }
    }

    record ExtensionDocument(Instant from, Instant to, String byIssuer, String bySubject, Instant at, String reason) {

        static ExtensionDocument of(CommentPeriod.Extension e) {
            return new ExtensionDocument(e.from(), e.to(), e.by().issuer(), e.by().subject(), e.at(), e.reason());
        }

        CommentPeriod.Extension toExtension() {
            return new CommentPeriod.Extension(from, to, new PersonKey(byIssuer, bySubject), at, reason);
        }
    }
}
