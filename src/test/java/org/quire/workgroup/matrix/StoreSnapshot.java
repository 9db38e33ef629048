package org.quire.workgroup.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every document of every collection except the audit log (a refusal is recorded there), to tell
 * whether a refused call changed anything at all.
 */
record StoreSnapshot(Map<String, List<String>> collections) {

    static final String AUDIT_COLLECTION = "audit_events";

    static StoreSnapshot of(MongoTemplate mongo) {
        var collections = new TreeMap<String, List<String>>();
        for (var name : mongo.getCollectionNames()) {
            if (name.equals(AUDIT_COLLECTION)) {
                continue;
            }
            var documents = new ArrayList<String>();
            for (var document : mongo.find(new Query().with(Sort.by("_id")), Document.class, name)) {
                documents.add(document.toJson());
            }
            collections.put(name, documents);
        }
        return new StoreSnapshot(collections);
    }

    /** What differs from {@code before}, one line per collection; empty when nothing changed. */
    List<String> differencesFrom(StoreSnapshot before) {
        var differences = new ArrayList<String>();
        var names = new java.util.TreeSet<>(before.collections.keySet());
        names.addAll(collections.keySet());
        for (var name : names) {
            var was = before.collections.getOrDefault(name, List.of());
            var now = collections.getOrDefault(name, List.of());
            if (!was.equals(now)) {
                var added = new ArrayList<>(now);
                added.removeAll(was);
                var gone = new ArrayList<>(was);
                gone.removeAll(now);
                differences.add(name + ": added or changed " + added + ", removed or changed " + gone);
            }
        }
        return differences;
    }
}
