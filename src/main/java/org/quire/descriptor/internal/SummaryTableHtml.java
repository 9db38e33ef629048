package org.quire.descriptor.internal;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorText;

/** The table of code changes that opens a code change application: one row per new, revised or deleted code. */
public final class SummaryTableHtml {

    static final int SHORT_DESCRIPTOR = 90;

    private SummaryTableHtml() {
    }

    public static void append(Element root, DescriptorSet set) {
        var changes = set.descriptors().stream().filter(d -> d.action().isChange()).toList();
        if (changes.isEmpty()) {
            root.appendElement("p").addClass("cpt-summary-empty").text("No code changes.");
            return;
        }
        var table = root.appendElement("table").addClass("cpt-summary");
        table.appendElement("caption").text("Summary of code changes");
        var head = table.appendElement("thead").appendElement("tr");
        for (var column : new String[] {"Code", "Action", "Symbols", "Descriptor"}) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        var body = table.appendElement("tbody");
        var index = new SetIndex(set);
        for (var descriptor : changes) {
            var row = body.appendElement("tr")
                    .addClass("cpt-" + descriptor.action().name().toLowerCase(Locale.ROOT));
            row.appendElement("th").attr("scope", "row").addClass("cpt-code").text(descriptor.code());
            row.appendElement("td").text(actionName(descriptor.action()));
            var symbols = row.appendElement("td").addClass("cpt-symbols");
            Symbols.append(symbols, descriptor, "");
            row.appendElement("td").text(shortDescriptor(index, descriptor));
        }
    }

    private static String actionName(DescriptorAction action) {
        return switch (action) {
            case NEW -> "New";
            case REVISED -> "Revised";
            case DELETED -> "Deleted";
            case UNCHANGED -> "Unchanged";
        };
    }

    /**
     * The descriptor cut at a word near {@value #SHORT_DESCRIPTOR} characters; an indented code's own
     * part after "…;", since its parent's shared part would make all its siblings' rows read alike.
     */
    public static String shortDescriptor(SetIndex set, Descriptor descriptor) {
        var own = DescriptorText.normalized(descriptor.shownText());
        var full = descriptor.hasParent() && !set.fullDescriptor(descriptor).equals(own)
                ? "…; " + own : own;
        if (full.length() <= SHORT_DESCRIPTOR) {
            return full;
        }
        int cut = full.lastIndexOf(' ', SHORT_DESCRIPTOR);
        return full.substring(0, cut > SHORT_DESCRIPTOR / 2 ? cut : SHORT_DESCRIPTOR).stripTrailing() + " …";
    }
}
