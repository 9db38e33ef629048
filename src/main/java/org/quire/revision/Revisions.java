package org.quire.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.revision.SaveOutcome.Merged;
import org.quire.revision.SaveOutcome.Saved;
import org.quire.revision.internal.HeadTracker;
import org.quire.revision.internal.LineAttribution;
import org.quire.revision.internal.RevisionArchive;
import org.quire.revision.internal.RevisionStore;
import org.quire.shared.PersonKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Revisioned texts: create, save (with merge), history, diff, restore and blame. Checks no
 * permissions (see the package description); refuses texts over {@value #MAX_TEXT_BYTES} bytes of
 * UTF-8 and summaries over {@value #MAX_SUMMARY_LENGTH} characters with
 * {@link org.quire.shared.InputRejected}.
 */
@Service
public class Revisions {

    public static final int MAX_TEXT_BYTES = 512 * 1024;
    public static final int MAX_SUMMARY_LENGTH = 300;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_MERGED_LISTED = 100;

    private final RevisionWriter writer;
    private final RevisionArchive archive;
    private final RevisionStore store;
    private final HeadTracker heads;
    private final ApplicationEventPublisher events;

    Revisions(RevisionWriter writer, RevisionArchive archive, RevisionStore store, HeadTracker heads,
            ApplicationEventPublisher events) {
        this.writer = writer;
        this.archive = archive;
        this.store = store;
        this.heads = heads;
        this.events = events;
    }

    /**
     * Revision 1 of a new document.
     *
     * @throws IllegalStateException when the document has revisions already
     */
    public Revision create(DocumentId document, String text, PersonKey author, String summary) {
        RevisionLimits.checkText(text);
        var revision = writer.create(document, text, author, RevisionLimits.summary(summary));
        events.publishEvent(new RevisionSaved(document, 1, author));
        return revision;
    }

    /**
     * Saves {@code text}, edited from revision {@code baseNumber}: as the next revision when that is
     * still the head, else merged with what others saved since, else handed back as a conflict.
     */
    public SaveOutcome save(DocumentId document, int baseNumber, String text, PersonKey author, String summary) {
        return save(document, baseNumber, text, author, summary, TextMerger.WORDS);
    }

    /** As {@link #save(DocumentId, int, String, PersonKey, String)}, merging with {@code merger}. */
    public SaveOutcome save(DocumentId document, int baseNumber, String text, PersonKey author, String summary,
            TextMerger merger) {
        return save(document, baseNumber, text, author, summary, null, List.of(), merger);
    }

    /**
     * As {@link #save(DocumentId, int, String, PersonKey, String)}, for a text with others' suggested
     * edits applied: the revision credits {@code suggestedBy} (at least one person).
     */
    public SaveOutcome saveSuggested(DocumentId document, int baseNumber, String text, PersonKey author,
            String summary, List<PersonKey> suggestedBy) {
        if (suggestedBy.isEmpty()) {
            throw new IllegalArgumentException("A text with suggested edits credits who suggested them");
        }
        return save(document, baseNumber, text, author, summary, null, suggestedBy, TextMerger.WORDS);
    }

    /** Saves the text of revision {@code number} again, as a new revision, through the same merge. */
    public SaveOutcome restore(DocumentId document, int number, int baseNumber, PersonKey author) {
        return restore(document, number, baseNumber, author, TextMerger.WORDS);
    }

    /** As {@link #restore(DocumentId, int, int, PersonKey)}, merging with {@code merger}. */
    public SaveOutcome restore(DocumentId document, int number, int baseNumber, PersonKey author,
            TextMerger merger) {
        return save(document, baseNumber, text(document, number), author, "Restored revision " + number, number,
                List.of(), merger);
    }

    public Optional<Revision> head(DocumentId document) {
        return heads.headRevision(document);
    }

    public Revision revision(DocumentId document, int number) {
        return store.findRevision(document, number).orElseThrow(() -> new RevisionNotFound(document, number));
    }

    public String text(DocumentId document, int number) {
        return archive.text(archive.stored(document, number));
    }

    /** Newest first, {@code pageSize} (1 to {@value #MAX_PAGE_SIZE}) revisions older than {@code before}. */
    public HistoryPage history(DocumentId document, @Nullable Integer before, int pageSize) {
        var head = heads.headRevision(document);
        if (head.isEmpty()) {
            return new HistoryPage(List.of(), null);
        }
        int newest = before == null ? head.get().number() : Math.min(before - 1, head.get().number());
        int oldest = Math.max(1, newest - Math.clamp(pageSize, 1, MAX_PAGE_SIZE) + 1);
        var page = newest < oldest ? List.<Revision>of() : store.findRevisions(document, oldest, newest);
        return new HistoryPage(page, oldest > 1 && !page.isEmpty() ? oldest : null);
    }

    public TextDiff diff(DocumentId document, int from, int to) {
        return TextDiff.between(text(document, from), text(document, to));
    }

    /**
     * Each line of revision {@code number} with the revision that last changed it. Reads every
     * revision from the first, so its cost grows with the history (see the revision benchmark).
     */
    public List<BlameLine> blame(DocumentId document, int number) {
        revision(document, number);
        var attribution = new LineAttribution();
        var revisions = new HashMap<Integer, Revision>();
        archive.walk(document, number, (revision, text) -> {
            revisions.put(revision.number(), revision);
            attribution.advance(text, revision.number());
        });
        var lines = new ArrayList<BlameLine>(attribution.lineCount());
        for (int i = 0; i < attribution.lineCount(); i++) {
            lines.add(new BlameLine(i + 1, attribution.line(i), revisions.get(attribution.owner(i))));
        }
        return lines;
    }

    private SaveOutcome save(DocumentId document, int baseNumber, String text, PersonKey author, String summary,
            @Nullable Integer restoredFrom, List<PersonKey> suggestedBy, TextMerger merger) {
        RevisionLimits.checkText(text);
        var outcome = writer.save(document, baseNumber, text, author, RevisionLimits.summary(summary),
                restoredFrom, suggestedBy, merger);
        var saved = switch (outcome) {
            case Saved s -> s.revision();
            case Merged m -> m.revision();
            default -> null;
        };
        if (saved != null) {
            events.publishEvent(new RevisionSaved(document, saved.number(), author));
        }
        return outcome;
    }
}
