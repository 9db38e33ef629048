package org.quire.markdown.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * Which link and image targets may appear in rendered Markdown: http, https, mailto, in-page
 * anchors and scheme-less (relative) references, which inherit the page's own https.
 * <p>
 * A browser decodes entities, drops tabs and newlines anywhere in a URL and ignores case in the
 * scheme, so the check does the same, and also looks at the entity- and percent-decoded forms:
 * flexmark's own suppression missed {@code JaVaScRiPt:} and {@code java&#115;cript:} (STACK.md).
 */
public final class UrlSchemeCheck {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    private UrlSchemeCheck() {
    }

    public static boolean allows(String url) {
        String entityDecoded = url.indexOf('&') < 0 ? url : Parser.unescapeEntities(url, true);
        String percentDecoded = entityDecoded.indexOf('%') < 0 ? entityDecoded : percentDecoded(entityDecoded);
        return allowsAsWritten(url) && allowsAsWritten(entityDecoded) && allowsAsWritten(percentDecoded);
    }

    private static boolean allowsAsWritten(String url) {
        String compact = withoutIgnorableCharacters(url);
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true; // a path, query or fragment comes first: no scheme, a relative reference
            }
            if (c == ':') {
                // whatever precedes it is read as a scheme, even where a browser would see a relative path
                // (RFC 3986 4.2 asks for "./" there): unknown means refused
                return ALLOWED_SCHEMES.contains(compact.substring(0, i).toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** Browsers skip ASCII whitespace and controls inside a scheme; invisible format characters fool readers. */
    private static String withoutIgnorableCharacters(String url) {
        StringBuilder kept = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean ignorable = c <= ' ' || Character.isISOControl(c) || Character.isWhitespace(c)
                    || Character.getType(c) == Character.FORMAT;
            if (ignorable && kept == null) {
                kept = new StringBuilder(url.length()).append(url, 0, i);
            } else if (!ignorable && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? url : kept.toString();
    }

    private static String percentDecoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return url.replace("%", ""); // still checked: a broken escape must not hide a scheme
        }
    }
}
