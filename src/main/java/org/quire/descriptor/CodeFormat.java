package org.quire.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of code a descriptor may carry (DESIGN.md section 5).
 *
 * <p>A placeholder stands for a code the Panel has not assigned yet: five characters, the first four
 * digits or capital X, the fifth a digit or X (a Category I placeholder, such as 9X0X1) or F, T or U
 * (a placeholder of Category II, III or PLA, such as 12X4T), with at least one X among the digits.
 */
public enum CodeFormat {

    CATEGORY_I("Category I", "\\d{5}"),
    CATEGORY_II("Category II", "\\d{4}F"),
    CATEGORY_III("Category III", "\\d{4}T"),
    PLA("Proprietary Laboratory Analyses", "\\d{4}U"),
    PLACEHOLDER("placeholder", "(?=.{0,4}X)[0-9X]{4}[0-9XFTU]");

    /** What the format rule's message lists, so a person sees every accepted shape. */
    public static final String EXPECTED = "five digits (Category I, e.g. 99202), four digits and F (Category II), "
            + "four digits and T (Category III, e.g. 0123T), four digits and U (PLA), or a placeholder with at "
            + "least one capital X (e.g. 9X0X1 or 338X2)";

    private static final Pattern MODIFIER = Pattern.compile("\\d{2}");

    /**
     * A code inside running text: the same five characters with at least one digit (so "XXXXX" is not
     * taken for a code), not part of a longer word or number.
     */
    public static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?=[0-9X]{0,4}[0-9])[0-9X]{4}[0-9XFTU](?![\\p{L}\\p{N}])");

    private final String label;
    private final Pattern pattern;

    CodeFormat(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    public String label() {
        return label;
    }

    public static Optional<CodeFormat> of(String code) {
        for (var format : values()) {
            if (format.pattern.matcher(code).matches()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public static boolean isPlaceholder(String code) {
        return PLACEHOLDER.pattern.matcher(code).matches();
    }

    /** Two digits, such as 95 (audio-video) or 93 (audio-only). */
    public static boolean isModifier(String modifier) {
        return MODIFIER.matcher(modifier).matches();
    }

    /** The codes a text mentions, in order of appearance, repeats included. */
    public static List<String> referencesIn(String text) {
        var found = new ArrayList<String>();
        var matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
