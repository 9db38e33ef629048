package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.quire.shared.InputRejected;

/**
 * Collects what is wrong with one piece of input so that all of it is reported at once, as
 * {@link InputRejected} messages; a value that a JSON document or a form left out (null) is a
 * message too, never a NullPointerException.
 */
public final class InputProblems {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final List<String> problems = new ArrayList<>();

    /** The text, or "" when missing; refused when too long or holding characters that cannot be stored. */
    public String text(@Nullable String value, String what, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() > max) {
            problems.add(String.format(Locale.ROOT, "%s has %,d characters; at most %,d are allowed.",
                    what, value.length(), max));
            return value;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                // half a character pair cannot be stored as UTF-8; control characters are invisible in a form
                problems.add(what + " contains an invalid character at position " + (i + 1) + "; remove it.");
                break;
            }
        }
        return value;
    }

    /** A generated id: letters, digits, '-' and '_' only, so it is safe in an HTML id and a URL. */
    public void id(@Nullable String value, String what, int max) {
        if (value == null || value.isEmpty() || value.length() > max || !ID.matcher(value).matches()) {
            problems.add(what + " must be 1 to " + max + " letters, digits, '-' or '_'.");
        }
    }

    public void missing(@Nullable Object value, String problem) {
        if (value == null) {
            problems.add(problem);
        }
    }

    public void add(String problem) {
        problems.add(problem);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
