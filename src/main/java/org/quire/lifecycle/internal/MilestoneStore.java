package org.quire.lifecycle.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.MilestoneSection;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code lifecycle_milestones} collection: one document per milestone, never changed once
 * inserted. A unique key on the proposal and the name folded to lower case keeps names unique per
 * proposal even when two people make one at the same moment.
 */
@Component
public class MilestoneStore implements InitializingBean {

    static final String COLLECTION = "lifecycle_milestones";

    private final MongoTemplate mongo;

    MilestoneStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("proposalId", Sort.Direction.ASC).on("at", Sort.Direction.ASC)
                .named("proposal_milestones"));
        indexes.createIndex(new Index().on("proposalId", Sort.Direction.ASC).on("nameKey", Sort.Direction.ASC)
                .unique().named("proposal_milestone_name"));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the proposal has a milestone of that name */
    public Milestone insert(Milestone milestone) {
        return mongo.insert(MilestoneDocument.of(milestone), COLLECTION).toMilestone();
    }

    public Optional<Milestone> find(MilestoneId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), MilestoneDocument.class, COLLECTION))
                .map(MilestoneDocument::toMilestone);
    }

    /** Oldest first. */
    public List<Milestone> ofProposal(ProposalId proposal) {
        return mongo.find(Query.query(Criteria.where("proposalId").is(proposal.value())).with(Sort.by("at", "_id")),
                MilestoneDocument.class, COLLECTION).stream().map(MilestoneDocument::toMilestone).toList();
    }

    /** How names are compared: "Draft 1" and "draft 1" are one name. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    record SectionDocument(String id, SectionKind kind, String title, int revision) {

        static SectionDocument of(MilestoneSection section) {
            return new SectionDocument(section.id().value(), section.kind(), section.title(), section.revision());
        }

        MilestoneSection toSection() {
            return new MilestoneSection(new SectionId(id), kind, title, revision);
        }
    }

    @Document(COLLECTION)
    record MilestoneDocument(@Id @Nullable ObjectId id, String proposalId, String workgroupId, String name,
            String nameKey, @Nullable ProposalState entered, @Nullable Instant enteredAt,
            List<SectionDocument> sections, int descriptorRevision, String byIssuer, String bySubject, Instant at) {

        static MilestoneDocument of(Milestone m) {
            return new MilestoneDocument(null, m.proposal().value(), m.workgroup().value(), m.name(),
                    MilestoneStore.nameKey(m.name()), m.entered(), m.enteredAt(), m.sections().stream().map(SectionDocument::of)
                    .toList(), m.descriptorRevision(), m.by().issuer(), m.by().subject(), m.at());
        }

        Milestone toMilestone() {
            return new Milestone(new MilestoneId(String.valueOf(id)), new ProposalId(proposalId),
                    new WorkgroupId(workgroupId), name, entered, enteredAt,
                    sections.stream().map(SectionDocument::toSection).toList(), descriptorRevision,
                    new PersonKey(byIssuer, bySubject), at);
        }
    }
}
