package org.quire.notification.internal;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.quire.notification.Delivery;
import org.quire.notification.NotificationKind;
import org.quire.notification.NotificationPreferences;
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

/** The {@code notification_preferences} collection: one document per person who chose anything. */
@Component
public class PreferenceStore implements InitializingBean {

    static final String COLLECTION = "notification_preferences";

    private final MongoTemplate mongo;

    PreferenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("issuer", Sort.Direction.ASC)
                .on("subject", Sort.Direction.ASC).unique().named("person_key"));
    }

    public NotificationPreferences of(PersonKey person) {
        var stored = mongo.findOne(byKey(person), PreferenceDocument.class, COLLECTION);
        var deliveries = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        if (stored != null && stored.deliveries() != null) {
            stored.deliveries().forEach((kind, delivery) -> {
                // a kind or delivery a later version dropped is read as the default
                try {
                    deliveries.put(NotificationKind.valueOf(kind), Delivery.valueOf(delivery));
                } catch (IllegalArgumentException unknown) {
                    // keep the default
                }
            });
        }
        return new NotificationPreferences(deliveries);
    }

    public void set(PersonKey person, NotificationKind kind, Delivery delivery) {
        mongo.upsert(byKey(person), new Update().set("deliveries." + kind.name(), delivery.name())
                .setOnInsert("issuer", person.issuer()).setOnInsert("subject", person.subject()), COLLECTION);
    }

    private static Query byKey(PersonKey person) {
        return Query.query(Criteria.where("issuer").is(person.issuer()).and("subject").is(person.subject()));
    }

    @Document(COLLECTION)
    record PreferenceDocument(@Id @Nullable String id, String issuer, String subject,
            @Nullable Map<String, String> deliveries) {
    }
}
