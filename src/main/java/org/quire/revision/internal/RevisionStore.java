package org.quire.revision.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.revision.DocumentId;
import org.quire.revision.Revision;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code revisions} collection, one document per revision, never updated or deleted. The insert
 * is the commit point: the unique {@code {documentId, number}} index (and the {@code _id} made of
 * the same two values) lets exactly one writer create revision N+1. Reads go by {@code _id} only:
 * the embedded store scans the collection for ranges, sorts and compound-index lookups, but answers
 * an exact {@code _id}, or an {@code $in} over {@code _id}s, from its {@code _id} index.
 */
@Component
public class RevisionStore implements InitializingBean {

    static final String COLLECTION = "revisions";

    private final MongoTemplate mongo;

    RevisionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("documentId", Sort.Direction.ASC)
                .on("number", Sort.Direction.ASC).unique().named("document_number"));
    }

    /** @return false when that revision number exists already (another save won) */
    public boolean insert(StoredRevision stored) {
        try {
            mongo.insert(RevisionDocument.of(stored), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<StoredRevision> find(DocumentId document, int number) {
        return Optional.ofNullable(mongo.findById(key(document, number), RevisionDocument.class, COLLECTION))
                .map(RevisionDocument::toStored);
    }

    /** The description without the payload, which for a snapshot is the whole compressed text. */
    public Optional<Revision> findRevision(DocumentId document, int number) {
        var query = byKey(document, number);
        query.fields().exclude("payload");
        return Optional.ofNullable(mongo.findOne(query, RevisionDocument.class, COLLECTION))
                .map(RevisionDocument::toRevision);
    }

    /** Revisions {@code from} to {@code to} without payloads, newest first, in one query. */
    public List<Revision> findRevisions(DocumentId document, int from, int to) {
        var query = byKeys(document, from, to);
        query.fields().exclude("payload");
        return mongo.find(query, RevisionDocument.class, COLLECTION).stream()
                .sorted(Comparator.comparingInt(RevisionDocument::number).reversed())
                .map(RevisionDocument::toRevision).toList();
    }

    /** Revisions {@code from} to {@code to} with payloads, oldest first, in one query. */
    public List<StoredRevision> findAll(DocumentId document, int from, int to) {
        return mongo.find(byKeys(document, from, to), RevisionDocument.class, COLLECTION).stream()
                .sorted(Comparator.comparingInt(RevisionDocument::number)).map(RevisionDocument::toStored).toList();
    }

    public boolean exists(DocumentId document, int number) {
        var query = byKey(document, number);
        query.fields().include("_id");
        return mongo.findOne(query, org.bson.Document.class, COLLECTION) != null;
    }

    private static Query byKeys(DocumentId document, int from, int to) {
        var keys = new ArrayList<String>(Math.max(0, to - from + 1));
        for (int number = from; number <= to; number++) {
            keys.add(key(document, number));
        }
        return Query.query(Criteria.where("_id").in(keys));
    }

    private static Query byKey(DocumentId document, int number) {
        return Query.query(Criteria.where("_id").is(key(document, number)));
    }

    /** Unambiguous: the number after the last '@' is all digits, whatever the document id holds. */
    static String key(DocumentId document, int number) {
        return document.value() + "@" + number;
    }

    @Document(COLLECTION)
    record RevisionDocument(@Id String id, String documentId, int number, String authorIssuer,
            String authorSubject, Instant at, String summary, int baseNumber, @Nullable Integer restoredFrom,
            String contentHash, int length, int lengthChange, int snapshotNumber, byte @Nullable [] payload,
            @Nullable List<Suggester> suggestedBy) {

        static RevisionDocument of(StoredRevision stored) {
            var revision = stored.revision();
            return new RevisionDocument(key(revision.document(), revision.number()), revision.document().value(),
                    revision.number(), revision.author().issuer(), revision.author().subject(), revision.at(),
                    revision.summary(), revision.baseNumber(), revision.restoredFrom(), revision.contentHash(),
                    revision.length(), revision.lengthChange(), stored.snapshotNumber(), stored.payload(),
                    revision.suggestedBy().isEmpty() ? null
                            : revision.suggestedBy().stream().map(Suggester::of).toList());
        }

        Revision toRevision() {
            return new Revision(new DocumentId(documentId), number, new PersonKey(authorIssuer, authorSubject), at,
                    summary, baseNumber, contentHash, length, lengthChange, restoredFrom,
                    suggestedBy == null ? List.of() : suggestedBy.stream().map(Suggester::key).toList());
        }

        StoredRevision toStored() {
            if (payload == null) {
                throw new IllegalStateException("Revision " + id + " has no payload");
            }
            return new StoredRevision(toRevision(), snapshotNumber, payload);
        }
    }

    /** Someone credited in a revision for a suggested edit it applies; absent from ordinary revisions. */
    record Suggester(String issuer, String subject) {

        static Suggester of(PersonKey key) {
            return new Suggester(key.issuer(), key.subject());
        }

        PersonKey key() {
            return new PersonKey(issuer, subject);
        }
    }
}
