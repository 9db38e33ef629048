package org.quire.markdown.internal;

import java.util.ArrayList;
import java.util.List;

import org.quire.shared.InputRejected;

/**
 * Refuses, before parsing, Markdown that would make flexmark slow, crash or produce a huge page. A
 * running parse cannot be stopped (Java has no Thread.stop), so the time budget is kept by
 * prevention: one linear pass over the lines feeds all the checks, each with a measured reason and a
 * message that says what to change. Inputs within all limits render well under a second (see the
 * render benchmark).
 */
public final class PathologicalInputGuard {

    private final SizeLimit size;

    public PathologicalInputGuard(int maxBytes) {
        this.size = new SizeLimit(maxBytes);
    }

    /** @throws InputRejected listing every problem found */
    public void check(String markdown) {
        size.problemIn(markdown).ifPresent(tooLong -> {
            throw new InputRejected(tooLong); // the other checks need not read megabytes
        });
        List<InputCheck> checks = List.of(new MarkupBudget(), new NestingLimits(), new SymbolRunLimits(),
                new LinkScanLimit(), new AutolinkRunLimit(), new ParagraphLineLimit());
        var lines = new MarkdownLines(markdown);
        while (lines.next()) {
            for (var check : checks) {
                check.read(lines);
            }
        }
        var problems = new ArrayList<String>();
        for (var check : checks) {
            check.problem().ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
