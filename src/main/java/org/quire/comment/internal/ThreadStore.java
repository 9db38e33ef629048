package org.quire.comment.internal;

import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadId;
import org.quire.proposal.ProposalId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code comment_threads} collection: one document per thread with its comments (bounded by
 * the comment limits), written optimistically so two replies at once never overwrite each other.
 */
@Component
public class ThreadStore implements InitializingBean {

    static final String COLLECTION = "comment_threads";

    private final MongoTemplate mongo;

    ThreadStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("proposalId", Sort.Direction.ASC)
                .on("startedAt", Sort.Direction.ASC).named("proposal_threads"));
    }

    public CommentThread insert(CommentThread thread) {
        return mongo.insert(ThreadDocument.of(thread, null), COLLECTION).toThread();
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when changed since read */
    public CommentThread update(CommentThread thread) {
        return mongo.save(ThreadDocument.of(thread, new ObjectId(thread.id().value())), COLLECTION).toThread();
    }

    public Optional<CommentThread> find(ThreadId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), ThreadDocument.class, COLLECTION))
                .map(ThreadDocument::toThread);
    }

    /** Oldest first. */
    public List<CommentThread> ofProposal(ProposalId proposal) {
        return mongo.find(Query.query(Criteria.where("proposalId").is(proposal.value()))
                .with(Sort.by("startedAt")), ThreadDocument.class, COLLECTION)
                .stream().map(ThreadDocument::toThread).toList();
    }
}
