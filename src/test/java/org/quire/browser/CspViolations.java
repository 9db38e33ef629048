package org.quire.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * Collects what a page's Content-Security-Policy blocked: the {@code securitypolicyviolation}
 * events of every document the page loads, and the browser's console reports of the same (which
 * also cover what was refused before any script of the page ran).
 */
public final class CspViolations {

    private static final String LISTEN = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    private final Page page;
    private final List<String> console = new ArrayList<>();

    private CspViolations(Page page) {
        this.page = page;
    }

    /** Starts watching; call before the page loads what is to be checked. */
    public static CspViolations watch(Page page) {
        var violations = new CspViolations(page);
        page.addInitScript(LISTEN);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.console.add(message.location() + ": " + message.text());
            }
        });
        return violations;
    }

    /** Everything reported so far: the console's reports, then the current document's events. */
    public List<String> reported() {
        var all = new ArrayList<>(console);
        var events = page.evaluate("() => window.__cspViolations || []");
        if (events instanceof List<?> list) {
            list.forEach(event -> all.add(String.valueOf(event)));
        }
        return all;
    }
}
