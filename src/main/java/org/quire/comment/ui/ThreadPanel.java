package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.quire.comment.CommentThread;
import org.quire.comment.ReviewPermissions;
import org.quire.comment.ThreadId;
import org.quire.identity.Person;
import org.quire.proposal.ui.ReaderPage;

/**
 * The margin of the reader view: the proposal's threads in document order with filters, a composer
 * for a new comment or suggested edit, and each thread's replies and decisions. It follows the
 * proposal's threads while open, so others' comments arrive without a reload.
 */
class ThreadPanel extends Div {

    private final ReaderPage page;
    private final ReviewActions actions;
    private final ReviewPermissions permissions;
    private final Person me;
    private final MarginHeader header;
    private final ThreadFilters filters;
    private final Composer composer;
    private final Div list = new Div();
    private final Map<ThreadId, ThreadCard> cards = new HashMap<>();
    private final Set<ThreadId> selected = new LinkedHashSet<>();
    private final LiveThreads live;
    private final AtomicLong reads = new AtomicLong();
    private long shownRead;
    private List<CommentThread> threads;
    private @Nullable ThreadId focused;
    private Consumer<ThreadId> focusListener = thread -> { };
    private Consumer<List<CommentThread>> changeListener = visible -> { };

    ThreadPanel(ReaderPage page, List<CommentThread> threads, ReviewActions actions) {
        this.page = page;
        this.actions = actions;
        this.threads = List.copyOf(threads);
        this.permissions = actions.access().permissions(page.proposal().id());
        this.live = new LiveThreads(actions.updates(), actions.threads());
        addClassName("thread-panel");
        setId("thread-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", MarginHeader.HEADING_ID);
        // read once on the request thread: live refreshes run without a request
        this.me = actions.currentPerson().require();
        composer = new Composer(page, actions, started -> refresh());
        filters = new ThreadFilters(me.key(), () -> show(this.threads));
        header = new MarginHeader(permissions, composer::forProposal, this::acceptSelected);
        list.addClassName("thread-list");
        add(header, filters, composer, list);
        show(this.threads);
    }

    /** Whether the reader may comment now (the same answer the panel's controls follow). */
    boolean mayComment() {
        return permissions.comment();
    }

    /** Opens the composer for a comment or suggestion on the selected passage. */
    void compose(SelectedPassage passage) {
        if (mayWrite()) {
            composer.forPassage(passage);
        }
    }

    /** Opens the composer for a comment on the descriptor. */
    void compose(PickedDescriptor descriptor) {
        if (mayWrite()) {
            composer.forDescriptor(descriptor);
        }
    }

    /** Shows the thread (scrolls to it, expands it). */
    void focus(ThreadId thread) {
        if (threads.stream().noneMatch(t -> t.id().equals(thread))) {
            return;
        }
        if (!cards.containsKey(thread)) {
            filters.clear();
            show(threads);
        }
        mark(thread);
        var card = cards.get(thread);
        if (card != null) {
            card.scrollIntoView();
        }
    }

    void onThreadFocused(Consumer<ThreadId> listener) {
        focusListener = listener;
    }

    /** Called with the threads to highlight whenever the list changes (new, decided, filtered). */
    void onThreadsChanged(Consumer<List<CommentThread>> listener) {
        changeListener = listener;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        live.follow(attachEvent.getUI(), page.proposal().id(), reads, (read, fresh) -> {
            if (read > shownRead) { // a slower read never replaces what a newer one showed
                shownRead = read;
                header.announce(threads, fresh, page);
                show(fresh);
            }
        });
        // A link to #thread-<id> (from a notification) opens that thread, even one the filters hide.
        getElement().executeJs("return location.hash").then(String.class, hash -> {
            if (hash != null && hash.startsWith("#" + ThreadCard.ID_PREFIX)) {
                var thread = new ThreadId(hash.substring(1 + ThreadCard.ID_PREFIX.length()));
                focus(thread);
                focusListener.accept(thread);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }

    private boolean mayWrite() {
        if (!permissions.comment()) {
            header.showProblem(permissions.whyNotComment() != null ? permissions.whyNotComment()
                    : "You can read the comments on this proposal but not write them.");
        }
        return permissions.comment();
    }

    private void refresh() {
        long read = reads.incrementAndGet();
        Attempt.of(() -> actions.threads().threads(page.proposal().id()), header::showProblem).ifPresent(fresh -> {
            shownRead = Math.max(shownRead, read);
            show(fresh);
        });
    }

    private void show(List<CommentThread> fresh) {
        threads = List.copyOf(fresh);
        var context = new MarginContext(page, actions, permissions, me, PeopleNames.of(actions.people(), threads),
                this::refresh);
        filters.offer(threads);
        selected.retainAll(threads.stream().filter(t -> t.suggestion() != null && t.suggestion().pending())
                .map(CommentThread::id).toList());
        var visible = threads.stream().filter(filters::matches).toList();
        var shown = new HashMap<ThreadId, ThreadCard>();
        list.removeAll();
        for (var thread : visible) {
            var before = cards.get(thread.id());
            var card = before != null && before.thread().equals(thread) ? before
                    : newCard(context, thread, before);
            shown.put(thread.id(), card);
            list.add(card);
        }
        cards.clear();
        cards.putAll(shown);
        if (visible.isEmpty()) {
            list.add(MarginHeader.emptyState(!threads.isEmpty(), permissions.comment()));
        }
        header.count(threads, selected.size());
        if (focused != null && cards.containsKey(focused)) {
            mark(focused);
        }
        changeListener.accept(visible);
    }

    /** A card for the thread as it is now, keeping what was typed into the one it replaces. */
    private ThreadCard newCard(MarginContext context, CommentThread thread, @Nullable ThreadCard before) {
        var card = new ThreadCard(context, thread, selected, () -> header.count(threads, selected.size()));
        if (before != null) {
            card.restoreDraft(context, before.draft());
            card.restoreEdits(before.edits());
        }
        card.addClickListener(click -> {
            mark(thread.id());
            focusListener.accept(thread.id());
        });
        return card;
    }

    private void mark(ThreadId thread) {
        focused = thread;
        cards.forEach((id, card) -> card.setClassName("thread-focused", id.equals(thread)));
    }

    private void acceptSelected() {
        var chosen = new ArrayList<>(selected);
        Attempt.of(() -> actions.suggestions().accept(chosen), header::showProblem).ifPresent(accepted -> {
            selected.clear();
            refresh();
        });
    }
}
