package org.quire.proposal.internal;

import java.time.Instant;
import java.util.Optional;

import org.quire.proposal.DescriptorDraft;
import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code descriptor_drafts} collection: at most one private draft per person and proposal, the
 * set as the same JSON its revisions hold, read and written by its exact key.
 */
@Component
public class DescriptorDraftStore {

    static final String COLLECTION = "descriptor_drafts";

    private final MongoTemplate mongo;

    DescriptorDraftStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void keep(PersonKey author, ProposalId proposal, DescriptorDraft draft) {
        mongo.save(new DraftDocument(DraftKey.of(author, proposal), draft.base(),
                DescriptorSetJson.write(draft.set()), draft.savedAt()), COLLECTION);
    }

    public Optional<DescriptorDraft> find(PersonKey author, ProposalId proposal) {
        return Optional.ofNullable(mongo.findById(DraftKey.of(author, proposal), DraftDocument.class, COLLECTION))
                .map(DraftDocument::toDraft);
    }

    public void discard(PersonKey author, ProposalId proposal) {
        mongo.remove(Query.query(Criteria.where("_id").is(DraftKey.of(author, proposal))), COLLECTION);
    }

    record DraftKey(String issuer, String subject, String proposal) {

        static DraftKey of(PersonKey author, ProposalId proposal) {
            return new DraftKey(author.issuer(), author.subject(), proposal.value());
        }
    }

    record DraftDocument(@Id DraftKey id, int base, String set, Instant savedAt) {

        DescriptorDraft toDraft() {
            return new DescriptorDraft(base, DescriptorSetJson.read(set), savedAt);
        }
    }
}
