package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.comment.CommentThread;
import org.quire.proposal.ui.ReaderSection;
import tools.jackson.databind.JsonNode;

/**
 * One section's part of {@link TextHighlights}: its blocks once the browser has reported them, the
 * threads to paint over them, and the passage just selected. Paints only once it knows the blocks,
 * since the rendered Markdown may reach the page after the threads do.
 */
final class SectionHighlights {

    /** Most blocks a section's report may list; a section of the largest size has far fewer. */
    static final int MAX_BLOCKS = 50_000;
    private static final RenderedBlock NOWHERE = new RenderedBlock(0, 0, "");

    private final ReaderSection section;
    private final PassageMapping mapping;
    private @Nullable List<RenderedBlock> blocks;
    private List<CommentThread> threads = List.of();
    private PassageMapping.@Nullable Range selected;

    SectionHighlights(ReaderSection section) {
        this.section = section;
        this.mapping = new PassageMapping(section.source());
    }

    ReaderSection section() {
        return section;
    }

    /** Takes the blocks from a {@code quire-blocks} event's detail; returns whether they were usable. */
    boolean blocksReported(JsonNode detail) {
        var reported = detail.path("blocks");
        if (!reported.isArray() || reported.size() > MAX_BLOCKS) {
            return false;
        }
        var read = new ArrayList<RenderedBlock>(reported.size());
        for (var block : reported) {
            var parsed = RenderedBlock.parse(block.path("pos").asString(""), block.path("text").asString(""));
            read.add(parsed != null && parsed.fits(section.source().length()) ? parsed : NOWHERE);
        }
        blocks = List.copyOf(read);
        return true;
    }

    void show(List<CommentThread> shown) {
        threads = List.copyOf(shown);
        selected = null;
    }

    /** The selection of a {@code quire-passage-selected} event's detail as a passage of the source, if it is one. */
    Optional<SelectedPassage> select(JsonNode detail) {
        var first = RenderedBlock.parse(detail.path("startPos").asString(""), detail.path("startText").asString(""));
        var last = RenderedBlock.parse(detail.path("endPos").asString(""), detail.path("endText").asString(""));
        if (first == null || last == null) {
            return Optional.empty();
        }
        var range = mapping.selection(first, detail.path("startOffset").asInt(-1), last, detail.path("endOffset").asInt(-1));
        range.ifPresent(r -> selected = r);
        return range.map(r -> new SelectedPassage(section.section().id(), section.revision(), r.start(), r.end(),
                section.source().substring(r.start(), r.end())));
    }

    /** The marks as JSON for the page, or empty while the blocks are not known yet. */
    Optional<String> marks() {
        var known = blocks;
        if (known == null) {
            return Optional.empty();
        }
        return Optional.of(HighlightMarks.json(HighlightMarks.of(section, threads, selected), mapping, known));
    }

    PassageMapping.@Nullable Range selected() {
        return selected;
    }
}
