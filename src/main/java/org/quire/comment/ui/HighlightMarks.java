package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.comment.AnchorState;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadStatus;
import org.quire.comment.ThreadTarget;
import org.quire.proposal.ui.ReaderSection;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What to paint over one section's rendered text: each open thread's passage where its anchor
 * refers to the revision shown and still fits (a detached one is listed in the margin, not here;
 * a resolved one is done with, so the text stays clean), a pending suggestion as a tracked change,
 * and the passage a reader is about to comment on. Longer passages come first, so shorter ones
 * painted later nest inside them and stay clickable.
 */
final class HighlightMarks {

    enum Kind {
        COMMENT, SUGGESTION, PENDING;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A passage to paint, with what replaces it for a suggestion. */
    record Mark(String thread, Kind kind, int start, int end, @Nullable String replacement) {
    }

    private HighlightMarks() {
    }

    static List<Mark> of(ReaderSection section, List<CommentThread> threads, PassageMapping.@Nullable Range selected) {
        var marks = new ArrayList<Mark>();
        for (var thread : threads) {
            if (thread.status() != ThreadStatus.OPEN || !(thread.target() instanceof ThreadTarget.Passage passage)
                    || !passage.section().equals(section.section().id()) || passage.revision() != section.revision()
                    || passage.state() == AnchorState.DETACHED || passage.anchor().end() > section.source().length()) {
                continue;
            }
            var suggestion = thread.suggestion();
            boolean suggested = suggestion != null && suggestion.pending();
            marks.add(new Mark(thread.id().value(), suggested ? Kind.SUGGESTION : Kind.COMMENT, passage.anchor().start(),
                    passage.anchor().end(), suggested ? suggestion.replacement() : null));
        }
        if (selected != null) {
            marks.add(new Mark("", Kind.PENDING, selected.start(), selected.end(), null));
        }
        marks.sort(Comparator.comparingInt((Mark m) -> m.start() - m.end()).thenComparingInt(Mark::start));
        return marks;
    }

    /** The marks as the reader's script paints them: each with its pieces of rendered text, block by block. */
    static String json(List<Mark> marks, PassageMapping mapping, List<RenderedBlock> blocks) {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (var mark : marks) {
            var pieces = mapping.pieces(blocks, mark.start(), mark.end());
            if (pieces.isEmpty()) {
                continue;
            }
            var node = all.addObject().put("thread", mark.thread()).put("kind", mark.kind().json());
            if (mark.replacement() != null) {
                node.put("replacement", mark.replacement());
            }
            var shown = node.putArray("pieces");
            for (var piece : pieces) {
                var block = blocks.get(piece.block());
                shown.addObject().put("block", piece.block()).put("pos", block.start() + "-" + block.end())
                        .put("from", piece.from()).put("to", piece.to()).put("text", piece.text());
            }
        }
        return all.toString();
    }
}
