package org.quire.markdown.internal;

import java.util.Set;

import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import org.jspecify.annotations.Nullable;

/**
 * One of flexmark's block parsers, asked only about lines whose first character after the indent
 * can start its block. flexmark asks every block parser about every line, and these two search the
 * whole line with a regular expression each time (fenced code alone was 6 % of a proposal's parse).
 * No other block starts with their characters, so where flexmark places them among the others
 * changes nothing.
 */
class BlockStartFilter implements CustomBlockParserFactory {

    private final CustomBlockParserFactory parsers;
    private final String firstCharacters;

    private BlockStartFilter(CustomBlockParserFactory parsers, String firstCharacters) {
        this.parsers = parsers;
        this.firstCharacters = firstCharacters;
    }

    // Each a class of its own ({}): flexmark orders block parsers by their classes and refuses two of one class.

    /** Fenced code: {@code ```} or {@code ~~~}. */
    static CustomBlockParserFactory fencedCode() {
        return new BlockStartFilter(new FencedCodeBlockParser.Factory(), "`~") {
        };
    }

    /** A footnote's text: {@code [^label]:}. */
    static CustomBlockParserFactory footnotes() {
        return new BlockStartFilter(new FootnoteBlockParser.Factory(), "[") {
        };
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = parsers.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            return start < line.length() && firstCharacters.indexOf(line.charAt(start)) >= 0
                    ? parser.tryStart(state, matched)
                    : BlockStart.none();
        };
    }

    @Override
    public @Nullable Set<Class<?>> getAfterDependents() {
        return parsers.getAfterDependents();
    }

    @Override
    public @Nullable Set<Class<?>> getBeforeDependents() {
        return parsers.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return parsers.affectsGlobalScope();
    }

    @Override
    public @Nullable SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return parsers.getLeadInHandler(options);
    }
}
