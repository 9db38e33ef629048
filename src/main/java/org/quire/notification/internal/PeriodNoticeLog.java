package org.quire.notification.internal;

import java.time.Instant;

import org.quire.notification.NotificationKind;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The {@code notification_period_notices} collection: which person was told of which comment
 * period's opening or closing. Its unique key makes the notice once-only, across restarts and
 * sweeps running at the same moment.
 */
@Component
public class PeriodNoticeLog implements InitializingBean {

    static final String COLLECTION = "notification_period_notices";

    private final MongoTemplate mongo;

    PeriodNoticeLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("period", Sort.Direction.ASC)
                .on("kind", Sort.Direction.ASC).on("issuer", Sort.Direction.ASC).on("subject", Sort.Direction.ASC)
                .unique().named("period_kind_person"));
    }

    /** @return true when this notice was not sent before, and is now recorded as sent */
    public boolean firstTime(String period, NotificationKind kind, PersonKey person, Instant at) {
        try {
            mongo.insert(new org.bson.Document("period", period).append("kind", kind.name())
                    .append("issuer", person.issuer()).append("subject", person.subject()).append("at", at),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }
}
