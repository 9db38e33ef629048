package org.quire.proposal.internal;

import org.springframework.data.mongodb.core.query.Update;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.proposal.Section;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code proposals} collection: one document per proposal with its section list. Writes are
 * optimistic ({@code @Version}): a stale write fails instead of overwriting another person's change.
 */
@Component
public class ProposalStore implements InitializingBean {

    static final String COLLECTION = "proposals";

    private final MongoTemplate mongo;

    ProposalStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("number", Sort.Direction.ASC)
                .unique().named("workgroup_number"));
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("lastChangedAt", Sort.Direction.DESC)
                .named("workgroup_recent"));
    }

    public Optional<Proposal> find(ProposalId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), ProposalDocument.class, COLLECTION))
                .map(ProposalDocument::toProposal);
    }

    /** Newest change first. */
    public List<Proposal> ofWorkgroup(WorkgroupId workgroup) {
        return mongo.find(Query.query(Criteria.where("workgroupId").is(workgroup.value()))
                .with(Sort.by(Sort.Direction.DESC, "lastChangedAt")), ProposalDocument.class, COLLECTION)
                .stream().map(ProposalDocument::toProposal).toList();
    }

    public Proposal insert(Proposal proposal) {
        return mongo.insert(ProposalDocument.of(proposal, null), COLLECTION).toProposal();
    }

    /**
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else changed
     *     the proposal since {@code proposal} was read
     */
    public Proposal update(Proposal proposal) {
        return mongo.save(ProposalDocument.of(proposal, new ObjectId(proposal.id().value())), COLLECTION)
                .toProposal();
    }

    /** Records the latest change without touching the version: text saves must not collide with structure edits. */
    public void touch(ProposalId id, Instant at, PersonKey by) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id.value()))),
                new Update().set("lastChangedAt", at)
                        .set("lastChangedIssuer", by.issuer()).set("lastChangedSubject", by.subject()),
                COLLECTION);
    }

    @Document(COLLECTION)
    record ProposalDocument(@Id @Nullable ObjectId id, String workgroupId, String number, String title,
            List<Integer> chargeItems, ProposalState state, List<SectionDocument> sections, boolean openedForComment,
            Instant lastChangedAt, String lastChangedIssuer, String lastChangedSubject, @Version @Nullable Long version) {

        static ProposalDocument of(Proposal proposal, @Nullable ObjectId id) {
            return new ProposalDocument(id, proposal.workgroup().value(), proposal.number(), proposal.title(),
                    proposal.chargeItems(), proposal.state(),
                    proposal.sections().stream().map(SectionDocument::of).toList(), proposal.openedForComment(),
                    proposal.lastChangedAt(), proposal.lastChangedBy().issuer(), proposal.lastChangedBy().subject(),
                    id == null ? null : proposal.version());
        }

        Proposal toProposal() {
            return new Proposal(new ProposalId(String.valueOf(id)), new WorkgroupId(workgroupId), number, title,
                    chargeItems, state, sections.stream().map(SectionDocument::toSection).toList(), openedForComment,
                    lastChangedAt, new PersonKey(lastChangedIssuer, lastChangedSubject),
                    version == null ? 0 : version);
        }
    }

    record SectionDocument(String id, SectionKind kind, String title, @Nullable String removedByIssuer,
            @Nullable String removedBySubject, @Nullable Instant removedAt) {

        static SectionDocument of(Section section) {
            var removal = section.removal();
            return new SectionDocument(section.id().value(), section.kind(), section.title(),
                    removal == null ? null : removal.by().issuer(), removal == null ? null : removal.by().subject(),
                    removal == null ? null : removal.at());
        }

        Section toSection() {
            var removal = removedAt == null || removedByIssuer == null || removedBySubject == null ? null
                    : new Section.Removal(new PersonKey(removedByIssuer, removedBySubject), removedAt);
            return new Section(new SectionId(id), kind, title, removal);
        }
    }
}
