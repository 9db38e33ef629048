package org.quire.workgroup.internal;

import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
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

/** The {@code workgroups} collection; the short name (slug) is unique. */
@Component
public class WorkgroupStore implements InitializingBean {

    static final String COLLECTION = "workgroups";

    private final MongoTemplate mongo;

    WorkgroupStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("slug", Sort.Direction.ASC).unique().named("slug"));
    }

    public Optional<Workgroup> find(WorkgroupId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), WorkgroupDocument.class, COLLECTION))
                .map(WorkgroupDocument::toWorkgroup);
    }

    public Optional<Workgroup> findBySlug(String slug) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("slug").is(slug)),
                WorkgroupDocument.class, COLLECTION)).map(WorkgroupDocument::toWorkgroup);
    }

    /** Every workgroup, by name; there are few, so no paging. */
    public List<Workgroup> all() {
        return mongo.find(new Query().with(Sort.by("name")), WorkgroupDocument.class, COLLECTION).stream()
                .map(WorkgroupDocument::toWorkgroup).toList();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the short name is taken */
    public Workgroup create(NewWorkgroup request) {
        var saved = mongo.insert(new WorkgroupDocument(null, request.slug(), request.name(), request.description(),
                request.charge(), request.proposalPrefix()), COLLECTION);
        return saved.toWorkgroup();
    }

    @Document(COLLECTION)
    record WorkgroupDocument(@Id @Nullable ObjectId id, String slug, String name, String description,
            List<String> charge, @Nullable String proposalPrefix) {

        Workgroup toWorkgroup() {
            return new Workgroup(new WorkgroupId(String.valueOf(id)), slug, name, description, charge,
                    proposalPrefix == null ? NewWorkgroup.prefixFrom(name) : proposalPrefix);
        }
    }
}
