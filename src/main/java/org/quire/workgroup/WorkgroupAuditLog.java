package org.quire.workgroup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditQuery;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Service;

/**
 * A workgroup's audit log for its staff: filtered, paged, exported as CSV. Every call checks that
 * the signed-in person may read the log of the workgroup the query names (refusals are audited);
 * the audit module itself knows nothing of roles.
 */
@Service
public class WorkgroupAuditLog {

    /** Most rows one export holds; the view says so when the filters select more. */
    public static final int MAX_EXPORT_ROWS = 100_000;
    public static final int MAX_PAGE = AuditTrail.MAX_PAGE;
    static final String SYSTEM_NAME = "Quire (on its own)";

    private final AuditTrail audit;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;

    WorkgroupAuditLog(AuditTrail audit, WorkgroupAccess access, CurrentPerson currentPerson, PersonDirectory people) {
        this.audit = audit;
        this.access = access;
        this.currentPerson = currentPerson;
        this.people = people;
    }

    /** Newest first, skipping {@code offset}; at most {@link #MAX_PAGE}. */
    public List<AuditLogEntry> page(AuditQuery query, int offset, int limit) {
        check(query.workgroupId());
        var events = audit.find(query, offset, limit);
        var names = names(events.stream().map(AuditEvent::actor).toList());
        return events.stream().map(event -> new AuditLogEntry(event, names.get(event.actor()))).toList();
    }

    public long count(AuditQuery query) {
        check(query.workgroupId());
        return audit.count(query);
    }

    public AuditLogChoices choices(WorkgroupId workgroup) {
        check(workgroup.value());
        var actors = audit.actorsOf(workgroup.value());
        var names = names(actors);
        var people = actors.stream().map(key -> new AuditLogChoices.Actor(key, names.get(key)))
                .sorted(Comparator.comparing(AuditLogChoices.Actor::name, String.CASE_INSENSITIVE_ORDER)).toList();
        var actions = new LinkedHashSet<String>();
        for (var action : audit.actionsOf(workgroup.value())) {
            var dot = action.indexOf('.');
            if (dot > 0) {
                actions.add(action.substring(0, dot));
            }
            actions.add(action);
        }
        return new AuditLogChoices(people, new ArrayList<>(actions), audit.objectTypesOf(workgroup.value()));
    }

    /**
     * Writes the selected events as CSV, newest first, at most {@link #MAX_EXPORT_ROWS}; the export is
     * itself an audit event. Leaves {@code out} open.
     */
    public AuditExport export(AuditQuery query, OutputStream out) {
        return export(query, out, MAX_EXPORT_ROWS);
    }

    AuditExport export(AuditQuery requested, OutputStream out, int maxRows) {
        var me = check(requested.workgroupId());
        var query = endingNow(requested);
        var selected = audit.count(query);
        var rows = Math.min(selected, maxRows);
        audit.record(AuditEntry.of(me.key(), "audit.exported", query.workgroupId(), "audit-log", query.workgroupId())
                .withChange(null, rows + " of " + selected + " events; " + query.summary()));
        var names = new HashMap<PersonKey, String>();
        try {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            var csv = new AuditLogCsv(writer);
            var written = new long[1];
            audit.each(query, (int) rows, event -> {
                try {
                    csv.row(new AuditLogEntry(event, names.computeIfAbsent(event.actor(), this::name)));
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
            return new AuditExport(written[0], selected, selected > rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to now at the latest, so the export leaves out its own audit event and what follows it. */
    private static AuditQuery endingNow(AuditQuery query) {
        var now = Instant.now();
        if ((query.to() != null && query.to().isBefore(now)) || (query.from() != null && !query.from().isBefore(now))) {
            return query;
        }
        return query.between(query.from(), now);
    }

    private Person check(String workgroupId) {
        var me = currentPerson.require();
        access.require(me, new WorkgroupId(workgroupId), WorkgroupAction.READ_AUDIT_LOG, "audit-log", workgroupId);
        return me;
    }

    private Map<PersonKey, String> names(List<PersonKey> keys) {
        var distinct = List.copyOf(new LinkedHashSet<>(keys));
        var known = people.findAll(distinct);
        var names = new HashMap<PersonKey, String>();
        distinct.forEach(key -> names.put(key, nameOf(key, known.get(key))));
        return names;
    }

    private String name(PersonKey key) {
        return nameOf(key, people.find(key).orElse(null));
    }

    private static String nameOf(PersonKey key, @Nullable Person person) {
        if (PersonKey.SYSTEM.equals(key)) {
            return SYSTEM_NAME;
        }
        return person == null ? key.subject() : person.name();
    }
}
