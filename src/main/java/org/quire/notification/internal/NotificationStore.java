package org.quire.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.notification.Notification;
import org.quire.notification.NotificationId;
import org.quire.notification.NotificationKind;
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

/** The {@code notifications} collection: one document per notification, newest read first. */
@Component
public class NotificationStore implements InitializingBean {

    static final String COLLECTION = "notifications";

    private final MongoTemplate mongo;

    NotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("issuer", Sort.Direction.ASC)
                .on("subject", Sort.Direction.ASC).on("created", Sort.Direction.DESC).named("recipient_created"));
    }

    public Notification insert(PersonKey recipient, NotificationKind kind, String text, String link, Instant created) {
        return mongo.insert(new NotificationDocument(null, recipient.issuer(), recipient.subject(), kind, text, link,
                created, null), COLLECTION).toNotification();
    }

    public Optional<Notification> find(NotificationId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), NotificationDocument.class, COLLECTION))
                .map(NotificationDocument::toNotification);
    }

    /** Newest first, at most {@code limit}. */
    public List<Notification> latest(PersonKey recipient, int limit) {
        return mongo.find(of(recipient).with(newestFirst()).limit(limit), NotificationDocument.class, COLLECTION)
                .stream().map(NotificationDocument::toNotification).toList();
    }

    public long unreadCount(PersonKey recipient) {
        return mongo.count(of(recipient).addCriteria(Criteria.where("readAt").isNull()), COLLECTION);
    }

    /** @return whether it was unread until now */
    public boolean markRead(NotificationId id, PersonKey recipient, Instant at) {
        if (!ObjectId.isValid(id.value())) {
            return false;
        }
        var query = of(recipient).addCriteria(Criteria.where("_id").is(new ObjectId(id.value())))
                .addCriteria(Criteria.where("readAt").isNull());
        return mongo.updateFirst(query, new Update().set("readAt", at), COLLECTION).getModifiedCount() > 0;
    }

    public long markAllRead(PersonKey recipient, Instant at) {
        return mongo.updateMulti(of(recipient).addCriteria(Criteria.where("readAt").isNull()),
                new Update().set("readAt", at), COLLECTION).getModifiedCount();
    }

    /** Drops the person's notifications beyond the newest {@code keep}. */
    public void keepLatest(PersonKey recipient, int keep) {
        if (mongo.count(of(recipient), COLLECTION) <= keep) {
            return;
        }
        var older = mongo.find(of(recipient).with(newestFirst()).skip(keep), NotificationDocument.class, COLLECTION)
                .stream().map(NotificationDocument::id).toList();
        mongo.remove(Query.query(Criteria.where("_id").in(older)), COLLECTION);
    }

    private static Query of(PersonKey recipient) {
        return Query.query(Criteria.where("issuer").is(recipient.issuer()).and("subject").is(recipient.subject()));
    }

    private static Sort newestFirst() {
        return Sort.by(Sort.Order.desc("created"), Sort.Order.desc("_id"));
    }

    @Document(COLLECTION)
    record NotificationDocument(@Id @Nullable ObjectId id, String issuer, String subject, NotificationKind kind,
            String text, String link, Instant created, @Nullable Instant readAt) {

        Notification toNotification() {
            return new Notification(new NotificationId(String.valueOf(id)), new PersonKey(issuer, subject), kind, text,
                    link, created, readAt);
        }
    }
}
