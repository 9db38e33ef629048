package org.quire.comment;

import java.util.HashMap;
import java.util.List;

import org.quire.comment.internal.ThreadStore;
import org.quire.proposal.ProposalChanged;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.proposal.SectionText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Moves the anchors of open passage threads along when a section gets a new revision (DESIGN.md
 * section 4), and again whenever a thread is read with an anchor behind its section's head, so an
 * anchor missed at save time (a crash, a clash with a reply) catches up on the next read.
 * Resolved threads keep the anchor they had.
 */
@Component
class AnchorFollower {

    private static final Logger log = LoggerFactory.getLogger(AnchorFollower.class);

    private final ThreadStore threads;
    private final SectionService sections;

    AnchorFollower(ThreadStore threads, SectionService sections) {
        this.threads = threads;
        this.sections = sections;
    }

    /** Runs in the saving person's request, who may read the section; a failure never fails their save. */
    @EventListener
    void onSaved(ProposalChanged change) {
        if (change.section() == null || change.revision() == 0) {
            return;
        }
        try {
            followToHead(threads.ofProposal(change.proposal()).stream()
                    .filter(thread -> thread.target() instanceof ThreadTarget.Passage passage
                            && passage.section().equals(change.section()))
                    .toList());
        } catch (RuntimeException failure) {
            log.warn("Anchors of section {} were not followed to revision {}; they follow on the next read",
                    change.section(), change.revision(), failure);
        }
    }

    CommentThread followToHead(CommentThread thread) {
        return followToHead(List.of(thread)).getFirst();
    }

    /**
     * The threads with their anchors followed to their sections' heads (stored where they changed).
     * Each section's head is read once, and each pair of revisions diffed once for all its anchors.
     * A detached anchor stays on the revision it last fitted, and is tried again at each new
     * revision, so a passage that comes back (an undo, a restore) finds its thread again.
     */
    List<CommentThread> followToHead(List<CommentThread> all) {
        var heads = new HashMap<SectionId, SectionText>();
        var reanchorings = new HashMap<String, Reanchoring>();
        return all.stream().map(thread -> {
            if (!(thread.target() instanceof ThreadTarget.Passage passage) || thread.status() != ThreadStatus.OPEN) {
                return thread;
            }
            var head = heads.computeIfAbsent(passage.section(), section -> sections.read(thread.proposal(), section));
            if (head.head().number() <= passage.revision()) {
                return thread;
            }
            var reanchoring = reanchorings.computeIfAbsent(passage.section() + "@" + passage.revision(),
                    key -> Reanchoring.between(sections.textAt(thread.proposal(), passage.section(),
                            passage.revision()), head.text()));
            return followed(thread, passage, head.head().number(), reanchoring.follow(passage.anchor()));
        }).toList();
    }

    private CommentThread followed(CommentThread thread, ThreadTarget.Passage passage, int headNumber,
            Reanchoring.Followed followed) {
        var next = followed.state() == AnchorState.DETACHED
                ? passage.followedTo(passage.revision(), passage.anchor(), AnchorState.DETACHED)
                : passage.followedTo(headNumber, followed.anchor(), since(passage, followed));
        if (next.equals(passage)) {
            return thread;
        }
        var moved = thread.withTarget(next);
        try {
            return threads.update(moved);
        } catch (OptimisticLockingFailureException concurrent) {
            return moved;
        }
    }

    /**
     * The state against the passage the thread was made on, not just against the last revision: a
     * quote that differs from the original is changed (even if this step kept it intact); one that
     * reads as the original again is moved if it ever moved, else intact.
     */
    private static AnchorState since(ThreadTarget.Passage before, Reanchoring.Followed now) {
        if (!now.anchor().quote().equals(before.madeOn().quote())) {
            return AnchorState.CHANGED;
        }
        return before.state() == AnchorState.MOVED || now.state() == AnchorState.MOVED ? AnchorState.MOVED
                : AnchorState.INTACT;
    }
}
