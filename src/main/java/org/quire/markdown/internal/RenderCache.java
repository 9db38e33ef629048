package org.quire.markdown.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.quire.markdown.RenderedMarkdown;

/**
 * Rendered Markdown by SHA-256 of its source, least recently used first out, bounded by entries
 * and by the characters of HTML held: one 512 KB section can render to megabytes.
 */
public final class RenderCache {

    private final int maxEntries;
    private final long maxChars;
    private final LinkedHashMap<String, RenderedMarkdown> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    public RenderCache(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    public static String keyOf(String markdown) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(markdown.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public synchronized Optional<RenderedMarkdown> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized void put(String key, RenderedMarkdown rendered) {
        long size = weightOf(rendered);
        if (size > maxChars / 4) {
            return; // one huge result would push out everything else
        }
        var previous = entries.put(key, rendered);
        chars += size - (previous == null ? 0 : weightOf(previous));
        Iterator<Map.Entry<String, RenderedMarkdown>> eldest = entries.entrySet().iterator();
        while (entries.size() > maxEntries || chars > maxChars) {
            chars -= weightOf(eldest.next().getValue());
            eldest.remove();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long chars() {
        return chars;
    }

    private static long weightOf(RenderedMarkdown rendered) {
        return rendered.html().html().length();
    }
}
