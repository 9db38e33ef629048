package org.quire.api.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.api.AccessToken;
import org.quire.api.AccessTokenId;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code api_access_tokens} collection: one document per token with its owner, name, dates and
 * the SHA-256 hash of its secret (never the secret). Requests find their token by that hash, an
 * exact-key look-up on a unique index, which the embedded store serves from the index too.
 */
@Component
public class AccessTokenStore implements InitializingBean {

    public static final String COLLECTION = "api_access_tokens";

    private final MongoTemplate mongo;

    AccessTokenStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("secretHash", Sort.Direction.ASC).unique()
                .named("secret_hash"));
        // ignored by the embedded store (STACK.md); a real MongoDB lists a person's tokens with it
        mongo.indexOps(COLLECTION).createIndex(new Index().on("ownerIssuer", Sort.Direction.ASC)
                .on("ownerSubject", Sort.Direction.ASC).named("owner"));
    }

    public StoredToken insert(PersonKey owner, String name, String secretHash, Instant createdAt, LocalDate expiresOn) {
        return mongo.insert(new StoredToken(null, owner.issuer(), owner.subject(), name, secretHash, createdAt,
                expiresOn.toString(), null, null, null), COLLECTION);
    }

    public Optional<StoredToken> findByHash(String secretHash) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("secretHash").is(secretHash)),
                StoredToken.class, COLLECTION));
    }

    public Optional<StoredToken> find(AccessTokenId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), StoredToken.class, COLLECTION));
    }

    /** Newest first, at most {@code limit}. */
    public List<StoredToken> ofOwner(PersonKey owner, int limit) {
        var query = Query.query(Criteria.where("ownerIssuer").is(owner.issuer()).and("ownerSubject")
                .is(owner.subject())).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(limit);
        return mongo.find(query, StoredToken.class, COLLECTION);
    }

    /**
     * The owner's tokens that still work: not revoked, and last day {@code today} or later (ISO dates
     * compare as strings).
     */
    public List<StoredToken> liveOf(PersonKey owner, LocalDate today) {
        var query = Query.query(Criteria.where("ownerIssuer").is(owner.issuer()).and("ownerSubject")
                .is(owner.subject()).and("revokedAt").isNull().and("expiresOn").gte(today.toString()));
        return mongo.find(query, StoredToken.class, COLLECTION);
    }

    /** @return whether this call revoked it (false when it was revoked already) */
    public boolean revoke(AccessTokenId id, Instant at) {
        var query = Query.query(Criteria.where("_id").is(new ObjectId(id.value())).and("revokedAt").isNull());
        return mongo.updateFirst(query, new Update().set("revokedAt", at), COLLECTION).getModifiedCount() > 0;
    }

    /**
     * Records a use unless one at or after {@code unlessUsedSince} is recorded already (another
     * request, perhaps on another node, got there first).
     */
    public void recordUse(AccessTokenId id, Instant at, @Nullable String from, Instant unlessUsedSince) {
        var query = Query.query(Criteria.where("_id").is(new ObjectId(id.value())).orOperator(
                Criteria.where("lastUsedAt").isNull(), Criteria.where("lastUsedAt").lt(unlessUsedSince)));
        mongo.updateFirst(query, new Update().set("lastUsedAt", at).set("lastUsedFrom", from), COLLECTION);
    }

    /**
     * @param expiresOn ISO date of the last day the token works (a string: a date has no time zone)
     */
    @Document(COLLECTION)
    public record StoredToken(@Id @Nullable ObjectId id, String ownerIssuer, String ownerSubject, String name,
            String secretHash, Instant createdAt, String expiresOn, @Nullable Instant lastUsedAt,
            @Nullable String lastUsedFrom, @Nullable Instant revokedAt) {

        public PersonKey owner() {
            return new PersonKey(ownerIssuer, ownerSubject);
        }

        public AccessToken toToken() {
            return new AccessToken(new AccessTokenId(String.valueOf(id)), name, createdAt, LocalDate.parse(expiresOn),
                    lastUsedAt, lastUsedFrom, revokedAt);
        }
    }
}
