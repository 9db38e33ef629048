package org.quire.descriptor.internal;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;

/**
 * The families of a set as CPT lists them: a heading per family, its codes in order, and each run of
 * indented codes as a nested list under their parent. An indented code that does not follow its
 * parent (a validation error) is shown unindented with its full descriptor, never under the wrong code.
 */
public final class DescriptorListHtml {

    private DescriptorListHtml() {
    }

    public static void append(Element root, DescriptorSet set) {
        if (set.descriptors().isEmpty()) {
            root.appendElement("p").addClass("cpt-empty").text("No code descriptors yet.");
            return;
        }
        var entries = new DescriptorEntryHtml(new SetIndex(set), codes(set));
        for (var family : set.families()) {
            var headingId = "cpt-f-" + family.id().value();
            var section = root.appendElement("section").addClass("cpt-family").attr("aria-labelledby", headingId);
            section.appendElement("h3").addClass("cpt-family-name").id(headingId)
                    .text(family.name().isBlank() ? "Unnamed code family" : family.name());
            var list = section.appendElement("ul").addClass("cpt-descriptors");
            @Nullable Descriptor parent = null;
            @Nullable Element parentItem = null;
            @Nullable Element children = null;
            for (var descriptor : family.descriptors()) {
                if (parent != null && parentItem != null && parent.id().equals(descriptor.parent())
                        && !parent.id().equals(descriptor.id())) {
                    if (children == null) {
                        children = parentItem.appendElement("ul").addClass("cpt-children");
                    }
                    entries.append(children, descriptor, true);
                    continue;
                }
                var item = entries.append(list, descriptor, false);
                parent = descriptor.hasParent() ? null : descriptor;
                parentItem = item;
                children = null;
            }
        }
    }

    /** Each code of the set and the descriptor it names (the first, should a code repeat). */
    private static Map<String, DescriptorId> codes(DescriptorSet set) {
        var codes = new HashMap<String, DescriptorId>();
        for (var descriptor : set.descriptors()) {
            if (!descriptor.code().isEmpty()) {
                codes.putIfAbsent(descriptor.code(), descriptor.id());
            }
        }
        return codes;
    }
}
