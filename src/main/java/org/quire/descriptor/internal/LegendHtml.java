package org.quire.descriptor.internal;

import java.util.LinkedHashMap;

import org.jsoup.nodes.Element;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorSet;

/** What the marks used in a set mean, as the front of the CPT book explains them. */
public final class LegendHtml {

    private LegendHtml() {
    }

    public static void append(Element root, DescriptorSet set) {
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
