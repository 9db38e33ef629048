package org.quire.markdown.internal;

import java.util.Set;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import org.jspecify.annotations.Nullable;

/**
 * flexmark's own heading parser, asked only about lines that can be a heading. Left to itself it
 * builds the whole open paragraph on every line before looking at the line, so a paragraph or a
 * table of n lines costs n² (measured: most of the parse time of long tables; 4,000 rows took
 * 0.4 s).
 */
final class HeadingStartFilter implements CustomBlockParserFactory {

    private final HeadingParser.Factory headings = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = headings.apply(options);
        return (state, matched) -> canBeHeading(state.getLine(), state.getNextNonSpaceIndex())
                ? parser.tryStart(state, matched)
                : BlockStart.none();
    }

    /** An ATX opening ({@code #} to {@code ######} then a space or the end) or a setext underline. */
    static boolean canBeHeading(BasedSequence line, int start) {
        int end = line.length();
        while (end > start && isLineEndOrBlank(line.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return false;
        }
        char first = line.charAt(start);
        if (first == '#') {
            int hashes = 0;
            while (start + hashes < end && line.charAt(start + hashes) == '#') {
                hashes++;
            }
            return hashes <= 6 && (start + hashes == end || line.charAt(start + hashes) == ' '
                    || line.charAt(start + hashes) == '\t');
        }
        if (first == '=' || first == '-') {
            for (int i = start; i < end; i++) {
                if (line.charAt(i) != first) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isLineEndOrBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    public @Nullable Set<Class<?>> getAfterDependents() {
        return headings.getAfterDependents();
    }

    @Override
    public @Nullable Set<Class<?>> getBeforeDependents() {
        return headings.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return headings.affectsGlobalScope();
    }

    @Override
    public @Nullable SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return headings.getLeadInHandler(options);
    }
}
