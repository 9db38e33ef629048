package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorFlag;

/** The CPT marks before a code: the action's first, then the flags in {@link DescriptorFlag} order. */
public final class Symbols {

    /** One mark: what the eye sees, what a screen reader says, and a CSS class naming it. */
    public record Mark(String symbol, String label, String cssClass) {
    }

    private Symbols() {
    }

    public static List<Mark> of(Descriptor descriptor) {
        var marks = new ArrayList<Mark>();
        var action = descriptor.action();
        marks.add(new Mark(action.symbol(), action.label(), cssClass(action)));
        for (var flag : descriptor.flags()) {
            marks.add(new Mark(flag.symbol(), flag.label(), cssClass(flag)));
        }
        return marks;
    }

    /** "cpt-symbol-add-on" for {@code ADD_ON}. */
    public static String cssClass(Enum<?> kind) {
        return "cpt-symbol-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Each shown mark with a tooltip, then what they mean for screen readers: "new code, add-on code". */
    public static void append(Element parent, Descriptor descriptor, String hiddenEnd) {
        var marks = of(descriptor);
        for (var mark : marks) {
            if (!mark.symbol().isEmpty()) {
                HtmlTree.shown(parent, mark.symbol()).addClass("cpt-symbol").addClass(mark.cssClass())
                        .attr("title", mark.label());
            }
        }
        HtmlTree.hidden(parent, marks.stream().map(Mark::label).collect(Collectors.joining(", ")) + hiddenEnd);
    }
}
