package org.quire.notification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * {@code @name} mentions in a comment's Markdown. A person answers to two handles: their name
 * without spaces or punctuation ({@code @PriyaRaman}) and the part of their e-mail address before
 * the {@code @} ({@code @priya.raman}), both ignoring case. Mentions inside code spans and fenced
 * code blocks do not count (people quote code there), nor does the middle of an e-mail address.
 */
final class Mentions {

    /** More mentions than this in one comment are ignored: nobody is told of a mass mention. */
    static final int MAX_MENTIONS = 20;
    /** Only this much of a comment is read (comments are limited well below it). */
    static final int MAX_TEXT = 20_000;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@`])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63})");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private Mentions() {
    }

    /** The handles mentioned, lower case, in order of first mention, without repeats. */
    static Set<String> in(String markdown) {
        var text = markdown.length() > MAX_TEXT ? markdown.substring(0, MAX_TEXT) : markdown;
        var handles = new LinkedHashSet<String>();
        var matcher = MENTION.matcher(withoutCode(text));
        while (matcher.find() && handles.size() < MAX_MENTIONS) {
            var handle = trimTrailing(matcher.group(1));
            if (!handle.isEmpty()) {
                handles.add(handle.toLowerCase(Locale.ROOT));
            }
        }
        return handles;
    }

    /** The handles a person answers to, lower case. */
    static Set<String> handlesOf(String name, @Nullable String email) {
        var handles = new LinkedHashSet<String>();
        var fromName = name.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (!fromName.isEmpty()) {
            handles.add(fromName);
        }
        if (email != null && email.indexOf('@') > 0) {
            handles.add(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
        }
        return handles;
    }

    /** The text with fenced code blocks and code spans blanked out. */
    static String withoutCode(String text) {
        var prose = new StringBuilder(text.length());
        String fence = null;
        for (var line : text.split("\n", -1)) {
            var opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                prose.append('\n');
            } else if (fence != null) {
                if (closes(line, fence)) {
                    fence = null;
                }
                prose.append('\n');
            } else {
                prose.append(withoutCodeSpans(line)).append('\n');
            }
        }
        return prose.toString();
    }

    /** A closing fence: at least as long as the opening one, of the same character, nothing else. */
    private static boolean closes(String line, String fence) {
        var stripped = line.strip();
        char mark = fence.charAt(0);
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == mark);
    }

    private static String withoutCodeSpans(String line) {
        var out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                out.append(line.charAt(i++));
                continue;
            }
            int run = runAt(line, i);
            int close = closingRun(line, i + run, run);
            if (close < 0) {
                out.append(line, i, i + run);
                i += run;
            } else {
                out.append(' ');
                i = close + run;
            }
        }
        return out.toString();
    }

    private static int closingRun(String line, int from, int length) {
        int i = line.indexOf('`', from);
        while (i >= 0) {
            int run = runAt(line, i);
            if (run == length) {
                return i;
            }
            i = line.indexOf('`', i + run);
        }
        return -1;
    }

    private static int runAt(String line, int start) {
        int end = start;
        while (end < line.length() && line.charAt(end) == '`') {
            end++;
        }
        return end - start;
    }

    private static String trimTrailing(String handle) {
        int end = handle.length();
        while (end > 0 && ".-_".indexOf(handle.charAt(end - 1)) >= 0) {
            end--;
        }
        return handle.substring(0, end);
    }
}
