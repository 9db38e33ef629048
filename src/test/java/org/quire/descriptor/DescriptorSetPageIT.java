package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quire.browser.Axe;
import org.quire.browser.Browser;

/**
 * The demo set rendered into a static page with quire.css, as a browser lays it out: marks and codes
 * in columns, indented codes set in, computed markup struck and underlined, nothing an accessibility
 * check objects to. Leaves target/screenshots/descriptor-set.png (docs/screenshots keeps a copy).
 */
class DescriptorSetPageIT {

    private static final Path CSS = Path.of("src/main/resources/META-INF/resources/styles/quire.css");
    private static final Path OUT = Path.of("target/screenshots");

    private static Browser browser;
    private static Page page;

    @BeforeAll
    static void openThePage() throws IOException {
        Files.createDirectories(OUT);
        var html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Proposed code descriptors</title>
                <link rel="stylesheet" href="%s"></head>
                <body style="font-family: -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; \
                margin: 1.5rem 2rem; color: #1a2330">
                <main><h1 style="font-size: 1.6rem; margin: 0">Proposed code descriptors</h1>%s</main></body></html>
                """.formatted(CSS.toAbsolutePath().toUri(), DescriptorRendering.render(DemoDescriptors.telemedicine())
                .html());
        var file = OUT.resolve("descriptor-set.html");
        Files.writeString(file, html);
        browser = new Browser();
        page = browser.newPage();
        page.navigate(file.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private static double left(String selector) {
        return page.locator(selector).first().boundingBox().x;
    }

    @Test
    void marksAndCodesStandInColumnsAndIndentedCodesAreSetIn() {
        var codeColumn = left("li[data-code='9X0X1'] .cpt-code");
        assertThat(left("li[data-code='9X0X2'] .cpt-code")).isCloseTo(codeColumn, within(0.5));
        assertThat(left("li[data-code='9X2X0'] .cpt-code")).isCloseTo(codeColumn, within(0.5));
        assertThat(left("li[data-code='9X0X2'] .cpt-text"))
                .isGreaterThan(left("li[data-code='9X0X1'] .cpt-text") + 10);
        assertThat(left("li[data-code='9X0X1'] .cpt-note")).isCloseTo(left("li[data-code='9X0X1'] .cpt-text"),
                within(0.5));
        assertThat(left("li[data-code='9X0X2'] .cpt-full")).isCloseTo(left("li[data-code='9X0X2'] .cpt-text"),
                within(0.5));
        // the marks end where the code column begins, whatever their number
        var marks = page.locator("li[data-code='9X2X5'] .cpt-symbols").boundingBox();
        var code = page.locator("li[data-code='9X2X5'] .cpt-code").boundingBox();
        assertThat(marks.x + marks.width).isLessThanOrEqualTo(code.x);
    }

    @Test
    void computedMarkupIsStruckAndUnderlinedAndTheFullDescriptorOpens() {
        assertThat(page.locator("li[data-code='9X2X0'] del.cpt-struck").first()
                .evaluate("e => getComputedStyle(e).textDecorationLine")).isEqualTo("line-through");
        assertThat(page.locator("li[data-code='9X2X0'] ins.cpt-added").first()
                .evaluate("e => getComputedStyle(e).textDecorationLine")).isEqualTo("underline");
        var full = page.locator("li[data-code='9X0X2'] details.cpt-full");
        assertThat(full.locator("p").isVisible()).isFalse();
        full.locator("summary").click();
        assertThat(full.locator("p").isVisible()).isTrue();
        assertThat(page.locator("li[data-code='9X0X2'] .visually-hidden").first().boundingBox().width)
                .isLessThanOrEqualTo(1.0);
        page.setViewportSize(1080, 900); // the set is at most 62rem wide: no empty right half in the picture
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(OUT.resolve("descriptor-set.png")));
        page.locator("section.cpt-family").last().screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(OUT.resolve("descriptor-family.png")));
    }

    @Test
    void anAccessibilityCheckFindsNothingSerious() {
        assertThat(Axe.seriousViolations(page)).isEmpty();
    }
}
