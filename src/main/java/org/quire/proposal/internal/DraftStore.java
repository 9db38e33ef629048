package org.quire.proposal.internal;

import java.time.Instant;
import java.util.Optional;

import org.quire.proposal.SectionDraft;
import org.quire.proposal.SectionId;
import org.quire.shared.PersonKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code section_drafts} collection: at most one private draft per person and section, read
 * and written by its exact key (a document of issuer, subject and section).
 */
@Component
public class DraftStore {

    static final String COLLECTION = "section_drafts";

    private final MongoTemplate mongo;

    DraftStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void keep(PersonKey author, SectionDraft draft) {
        var document = new DraftDocument(DraftKey.of(author, draft.section()), draft.base(), draft.text(),
                draft.savedAt());
        try {
            mongo.save(document, COLLECTION);
        } catch (DuplicateKeyException concurrentFirst) {
            // Two first keeps of one draft at once (the autosave tick and leaving the editor): both
            // upserts inserted, one lost. The draft exists now; replace it unless it is the newer one.
            var stored = find(author, draft.section());
            if (stored.isEmpty() || !stored.get().savedAt().isAfter(draft.savedAt())) {
                mongo.save(document, COLLECTION);
            }
        }
    }

    public Optional<SectionDraft> find(PersonKey author, SectionId section) {
        return Optional.ofNullable(mongo.findById(DraftKey.of(author, section), DraftDocument.class, COLLECTION))
                .map(DraftDocument::toDraft);
    }

    public void discard(PersonKey author, SectionId section) {
        mongo.remove(Query.query(Criteria.where("_id").is(DraftKey.of(author, section))), COLLECTION);
    }

    record DraftKey(String issuer, String subject, String section) {

        static DraftKey of(PersonKey author, SectionId section) {
            return new DraftKey(author.issuer(), author.subject(), section.value());
        }
    }

    record DraftDocument(@Id DraftKey id, int base, String text, Instant savedAt) {

        SectionDraft toDraft() {
            return new SectionDraft(new SectionId(id.section()), base, text, savedAt);
        }
    }
}
