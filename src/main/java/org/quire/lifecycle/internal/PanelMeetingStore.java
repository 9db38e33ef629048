package org.quire.lifecycle.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.PanelMeeting;
import org.quire.lifecycle.PanelMeetingId;
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
 * The {@code lifecycle_panel_meetings} collection: each workgroup's calendar of Panel meetings.
 * Days are kept as ISO text ({@code 2027-02-04}), not as instants: a Panel day is a calendar day in
 * the Panel's zone, and ISO text sorts by date. A unique index keeps one meeting per day per workgroup.
 */
@Component
public class PanelMeetingStore implements InitializingBean {

    static final String COLLECTION = "lifecycle_panel_meetings";

    private final MongoTemplate mongo;

    PanelMeetingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("workgroupId", Sort.Direction.ASC)
                .on("firstDay", Sort.Direction.ASC).unique().named("one_meeting_a_day"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("applicationDeadline", Sort.Direction.ASC)
                .named("by_deadline"));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the workgroup has a meeting that day */
    public PanelMeeting insert(PanelMeeting meeting) {
        return mongo.insert(MeetingDocument.of(meeting, null), COLLECTION).toMeeting();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the workgroup has another meeting that day */
    public PanelMeeting update(PanelMeeting meeting) {
        return mongo.save(MeetingDocument.of(meeting, new ObjectId(meeting.id().value())), COLLECTION).toMeeting();
    }

    public Optional<PanelMeeting> find(PanelMeetingId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), MeetingDocument.class, COLLECTION))
                .map(MeetingDocument::toMeeting);
    }

    /** Chronological. */
    public List<PanelMeeting> ofWorkgroup(WorkgroupId workgroup) {
        return mongo.find(Query.query(Criteria.where("workgroupId").is(workgroup.value())).with(Sort.by("firstDay")),
                MeetingDocument.class, COLLECTION).stream().map(MeetingDocument::toMeeting).toList();
    }

    /** Meetings of every workgroup whose application deadline was before {@code day}. */
    public List<PanelMeeting> deadlineBefore(LocalDate day) {
        return mongo.find(Query.query(Criteria.where("applicationDeadline").lt(day.toString())),
                MeetingDocument.class, COLLECTION).stream().map(MeetingDocument::toMeeting).toList();
    }

    @Document(COLLECTION)
    record MeetingDocument(@Id @Nullable ObjectId id, String workgroupId, String name, String firstDay, String place,
            String applicationDeadline, String agendaPublished, @Nullable String summaryPublished) {

        static MeetingDocument of(PanelMeeting m, @Nullable ObjectId id) {
            var summary = m.summaryPublished();
            return new MeetingDocument(id, m.workgroup().value(), m.name(), m.firstDay().toString(), m.place(),
                    m.applicationDeadline().toString(), m.agendaPublished().toString(),
                    summary == null ? null : summary.toString());
        }

        PanelMeeting toMeeting() {
            return new PanelMeeting(new PanelMeetingId(String.valueOf(id)), new WorkgroupId(workgroupId), name,
                    LocalDate.parse(firstDay), place, LocalDate.parse(applicationDeadline),
                    LocalDate.parse(agendaPublished), summaryPublished == null ? null : LocalDate.parse(summaryPublished));
        }
    }
}
