package org.quire.proposal.ui;

/** Short plain-text names of charge items, which are Markdown. */
final class ChargeItems {

    private static final int MAX = 90;

    private ChargeItems() {
    }

    /** The bold lead-in if the item has one, else its first words; Markdown marks dropped. */
    static String headline(String markdown) {
        var text = markdown.strip();
        if (text.startsWith("**") && text.indexOf("**", 2) > 2) {
            text = text.substring(2, text.indexOf("**", 2));
        }
        text = text.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
