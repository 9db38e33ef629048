package org.quire.descriptor;

/**
 * CPT's marks on a code, in the order their symbols are shown before the code.
 *
 * <p>CPT marks codes of Appendix T (audio-only, modifier 93) with a loudspeaker pictograph. Unicode's
 * loudspeakers are either emoji (U+1F508, drawn in colour, unlike the other marks) or missing from
 * common text fonts (U+1F56A), so Quire uses ☎ (U+260E, black telephone: modifier 93 reads "telephone
 * or other real-time interactive audio-only"), which every text font here draws. The lightning bolt
 * of FDA-pending codes is followed by U+FE0E so browsers draw it as text, not as an emoji.
 */
public enum DescriptorFlag {

    OUT_OF_NUMERIC_ORDER("#", "out of numeric order", "resequenced code (Appendix N)"),
    ADD_ON("+", "add-on code", "add-on code (Appendix D)"),
    EXEMPT_FROM_MODIFIER_51("⊘", "exempt from modifier 51", "exempt from modifier 51 (Appendix E)"),
    FDA_PENDING("⚡\uFE0E", "FDA approval pending", "product pending FDA approval (Appendix K)"),
    AUDIO_VIDEO("★", "audio-video telemedicine, modifier 95",
            "synchronous audio-video telemedicine, modifier 95 (Appendix P)"),
    AUDIO_ONLY("☎", "audio-only telemedicine, modifier 93",
            "synchronous audio-only telemedicine, modifier 93 (Appendix T)");

    private final String symbol;
    private final String label;
    private final String legend;

    DescriptorFlag(String symbol, String label, String legend) {
        this.symbol = symbol;
        this.label = label;
        this.legend = legend;
    }

    public String symbol() {
        return symbol;
    }

    /** Short, for a screen reader next to the code and for a form's checkbox. */
    public String label() {
        return label;
    }

    /** Longer, for the legend under a rendered set. */
    public String legend() {
        return legend;
    }
}
