package org.quire.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core (from {@code frontend/node_modules}, installed by the build) run inside a page: the
 * serious and critical violations, each as "rule: help (selectors)".
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("frontend/node_modules/axe-core/axe.min.js");

    private static final String RUN = """
            async () => {
              const result = await axe.run(document, {resultTypes: ['violations']});
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({rule: v.id, help: v.help,
                            where: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}));
            }
            """;

    private Axe() {
    }

    public static List<String> seriousViolations(Page page) {
        if (!Files.isReadable(SCRIPT)) {
            throw new IllegalStateException(SCRIPT + " is missing: the Maven build installs it with npm ci in frontend/");
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPT));
        var found = new ArrayList<String>();
        for (var violation : (List<?>) page.evaluate(RUN)) {
            var v = (Map<?, ?>) violation;
            found.add(v.get("rule") + ": " + v.get("help") + " (" + v.get("where") + ")");
        }
        return found;
    }
}
