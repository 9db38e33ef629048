package org.quire.descriptor.internal;

import org.jsoup.nodes.Element;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;

/** What the marks used in a set mean, as the front of the CPT book explains them. */
public final class LegendHtml {

    private LegendHtml() {
    }

    public static void append(Element root, DescriptorSet set) {
        var used = DescriptorRendering.legend(set);
        if (used.isEmpty()) {
            return;
        }
        var legend = root.appendElement("ul").addClass("cpt-legend").attr("aria-label", "Symbols");
        used.forEach((symbol, meaning) -> {
            var item = legend.appendElement("li");
            HtmlTree.shown(item, symbol).addClass("cpt-symbol");
            item.appendText(" " + meaning);
        });
    }
}
