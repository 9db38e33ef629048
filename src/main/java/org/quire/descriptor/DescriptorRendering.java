package org.quire.descriptor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.quire.descriptor.internal.DescriptorListHtml;
import org.quire.descriptor.internal.HtmlTree;
import org.quire.descriptor.internal.LegendHtml;
import org.quire.descriptor.internal.SetIndex;
import org.quire.descriptor.internal.SummaryTableHtml;
import org.quire.markdown.SafeHtml;

/**
 * A descriptor set in CPT style, as HTML safe to insert into a page: built element by element, so no
 * text of the set can become markup. Styled by the {@code .cpt-*} block of quire.css. Element ids are
 * derived from descriptor ids, so render one set once per page.
 */
public final class DescriptorRendering {

    private DescriptorRendering() {
    }

    /** The descriptors, the legend of the symbols they use, and the summary table of code changes. */
    public static SafeHtml render(DescriptorSet set) {
        var tree = new HtmlTree("cpt-set");
        DescriptorListHtml.append(tree.root(), set);
        LegendHtml.append(tree.root(), set);
        SummaryTableHtml.append(tree.root(), set);
        return tree.html();
    }

    /** The descriptors only, family by family. */
    public static SafeHtml descriptors(DescriptorSet set) {
        var tree = new HtmlTree("cpt-set");
        DescriptorListHtml.append(tree.root(), set);
        return tree.html();
    }

    /**
     * A descriptor as the summary table of code changes shows it, for other renderings of that table:
     * cut at a word near 90 characters, an indented code's own part after "…;".
     */
    public static String shortDescriptor(DescriptorSet set, Descriptor descriptor) {
        return SummaryTableHtml.shortDescriptor(new SetIndex(set), descriptor);
    }

    /**
     * What the marks used in the set mean, in the order CPT explains them (actions, then flags):
     * symbol to meaning, for every rendering's legend (web, DOCX, Markdown).
     */
    public static Map<String, String> legend(DescriptorSet set) {
        var used = new LinkedHashMap<String, String>();
        for (var action : DescriptorAction.values()) {
            if (!action.symbol().isEmpty() && set.descriptors().stream().anyMatch(d -> d.action() == action)) {
                used.put(action.symbol(), action.label());
            }
        }
        for (var flag : DescriptorFlag.values()) {
            if (set.descriptors().stream().anyMatch(d -> d.has(flag))) {
                used.put(flag.symbol(), flag.legend());
            }
        }
        return used;
    }

    /** The summary table of code changes only. */
    public static SafeHtml summary(DescriptorSet set) {
        var tree = new HtmlTree("cpt-changes");
        SummaryTableHtml.append(tree.root(), set);
        return tree.html();
    }
}
