package org.quire.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.identity.Disclosure;
import org.quire.identity.InterestKind;
import org.quire.identity.Person;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code persons} collection, one document per issuer + subject: what the provider said at the
 * last sign-in, and the profile Quire keeps (organization, disclosure and its confirmation date).
 */
@Component
public class PersonStore implements InitializingBean {

    static final String COLLECTION = "persons";

    private final MongoTemplate mongo;

    PersonStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("issuer", Sort.Direction.ASC)
                .on("subject", Sort.Direction.ASC).unique().named("person_key"));
    }

    public Optional<StoredPerson> find(PersonKey key) {
        return Optional.ofNullable(mongo.findOne(byKey(key), StoredPerson.class, COLLECTION));
    }

    /** Records what the provider said at sign-in; keeps the organization Quire holds. */
    public void signedIn(PersonKey key, String name, @Nullable String email, boolean emailVerified, Instant at) {
        var update = new Update().set("name", name).set("email", email).set("emailVerified", emailVerified)
                .set("lastSignIn", at).setOnInsert("issuer", key.issuer()).setOnInsert("subject", key.subject());
        mongo.findAndModify(byKey(key), update, FindAndModifyOptions.options().upsert(true), StoredPerson.class,
                COLLECTION);
    }

    public void insertIfAbsent(PersonKey key, String name, @Nullable String email, @Nullable String organization) {
        if (find(key).isPresent()) {
            return;
        }
        try {
            mongo.insert(new StoredPerson(null, key.issuer(), key.subject(), name, email, false, organization, null,
                    null, null, null), COLLECTION);
        } catch (DuplicateKeyException raced) {
            // another node introduced the same person a moment ago: theirs is as good as ours
        }
    }

    public void changeOrganization(PersonKey key, @Nullable String organization) {
        mongo.updateFirst(byKey(key), new Update().set("organization", organization), COLLECTION);
    }

    /** A new disclosure is a confirmed one: the person has just stated it. */
    public void changeDisclosure(PersonKey key, Disclosure disclosure, Instant confirmedAt) {
        mongo.updateFirst(byKey(key), new Update().set("interest", disclosure.interest())
                .set("interestDescription", disclosure.description()).set("disclosureConfirmedAt", confirmedAt),
                COLLECTION);
    }

    public void confirmDisclosure(PersonKey key, Instant confirmedAt) {
        mongo.updateFirst(byKey(key), new Update().set("disclosureConfirmedAt", confirmedAt), COLLECTION);
    }

    /**
     * People whose name or e-mail contains {@code text}, ignoring case, by name; at most
     * {@code limit}. The text is matched literally (regex characters escaped). A scan of the
     * collection: fine for the thousands of people a Quire knows, not for millions.
     */
    public List<StoredPerson> search(String text, int limit) {
        var pattern = literal(text);
        var query = Query.query(new Criteria().orOperator(Criteria.where("name").regex(pattern, "i"),
                Criteria.where("email").regex(pattern, "i"))).with(Sort.by("name", "subject")).limit(limit);
        return mongo.find(query, StoredPerson.class, COLLECTION);
    }

    /** Escapes every character that is not a letter or digit: a backslash before those is literal in any regex. */
    static String literal(String text) {
        var escaped = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    private static Query byKey(PersonKey key) {
        return Query.query(Criteria.where("issuer").is(key.issuer()).and("subject").is(key.subject()));
    }

    @Document(COLLECTION)
    public record StoredPerson(@Id @Nullable ObjectId id, String issuer, String subject, String name,
            @Nullable String email, boolean emailVerified, @Nullable String organization,
            @Nullable Instant lastSignIn, @Nullable InterestKind interest, @Nullable String interestDescription,
            @Nullable Instant disclosureConfirmedAt) {

        public Person toPerson(Administrators administrators) {
            var key = new PersonKey(issuer, subject);
            return new Person(key, name, email, organization,
                    administrators.isAdministrator(key, email, emailVerified));
        }

        /** Null until the person states one in their profile. */
        public @Nullable Disclosure disclosure() {
            return interest == null ? null : new Disclosure(interest, interestDescription == null ? ""
                    : interestDescription);
        }
    }
}
