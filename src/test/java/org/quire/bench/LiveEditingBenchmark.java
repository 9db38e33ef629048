package org.quire.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.browser.Browser;
import org.quire.browser.DemoSignIn;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live editing in real browsers against Quire started in this JVM (production mode, embedded store):
 * how long a save in one browser takes to show in another's reader view, against the same save
 * showing on the saver's own page (the baseline: one server round trip); and the server heap each
 * open editor costs, against the reader view's.
 */
final class LiveEditingBenchmark implements Runnable {

    private static final int WARMUP = 5;
    private static final int SAVES = 40;
    private static final int OPEN_PAGES = 20;

    /** Starts watching the page for a text; {@link #SEEN_AT} later gives when it appeared (-1: not in 10 s). */
    private static final String WATCH_FOR_TEXT = """
            marker => { window.quireSeenAt = new Promise(resolve => {
              const seen = () => document.body.innerText.includes(marker);
              if (seen()) { resolve(Date.now()); return; }
              const watch = new MutationObserver(() => { if (seen()) { watch.disconnect(); resolve(Date.now()); } });
              watch.observe(document.body, {subtree: true, childList: true, characterData: true});
              setTimeout(() => { watch.disconnect(); resolve(-1); }, 10000);
            }); }
            """;

    private static final String SEEN_AT = "() => window.quireSeenAt";

    @Override
    public void run() {
        try (var app = TestStore.startApplication(TestStore.freshDirectory()); var browser = new Browser()) {
            var base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            var proposal = aProposal(app);
            var intro = proposal.currentSections().getFirst().id();
            var writer = signedIn(browser, base, "member");
            var reader = signedIn(browser, base, "staff");
            open(writer, base + "/proposals/" + proposal.id().value() + "/sections/" + intro.value() + "/edit");
            open(reader, base + "/proposals/" + proposal.id().value());
            measureLatency(writer, reader);
            measureHeap(browser, base, "/proposals/" + proposal.id().value() + "/sections/" + intro.value() + "/edit",
                    "/proposals/" + proposal.id().value());
        }
    }

    private void measureLatency(Page writer, Page reader) {
        var ownPage = new Timings("save shown on the saver's page (baseline)", SAVES);
        var otherPage = new Timings("save shown in another browser's reader view", SAVES);
        for (int i = 0; i < WARMUP + SAVES; i++) {
            var marker = "marker" + i + "x" + System.nanoTime();
            EditorKeys.replaceText(writer, "section-text", "Live update " + marker);
            writer.waitForTimeout(400);
            Vaadin.waitUntilIdle(writer);
            reader.evaluate(WATCH_FOR_TEXT, marker);
            // revision 2 is the starting text; the benchmark's saves make revisions 3, 4, ...
            writer.evaluate(WATCH_FOR_TEXT, "Saved as revision " + (i + 3) + ".");
            long clicked = ((Number) writer.evaluate("() => { const at = Date.now(); "
                    + "document.querySelector('#save-section').click(); return at; }")).longValue();
            long readerAt = ((Number) reader.evaluate(SEEN_AT)).longValue();
            long writerAt = ((Number) writer.evaluate(SEEN_AT)).longValue();
            if (readerAt < 0 || writerAt < 0) {
                throw new IllegalStateException("save " + i + " did not show within 10 s (reader " + readerAt
                        + ", writer " + writerAt + ")");
            }
            if (i >= WARMUP) {
                otherPage.add((readerAt - clicked) * 1_000_000L);
                ownPage.add((writerAt - clicked) * 1_000_000L);
            }
        }
        System.out.printf("Live updates: %d saves of a one-line section (after %d warm-up saves), "
                + "Chromium headless, two browser contexts, clocks of one machine%n", SAVES, WARMUP);
        System.out.println("  " + ownPage.summary());
        System.out.println("  " + otherPage.summary());
        System.out.printf("  p95 in the other browser: %.0f ms (target < 500 ms); ratio to the baseline p95: %.2fx%n",
                otherPage.percentileMillis(95), otherPage.percentileMillis(95) / ownPage.percentileMillis(95));
    }

    private void measureHeap(Browser browser, String base, String editorPath, String readerPath) {
        var readerPages = openMany(browser, base, readerPath);
        long withReaders = liveHeap();
        close(readerPages);
        long none = liveHeap();
        var editorPages = openMany(browser, base, editorPath);
        long withEditors = liveHeap();
        close(editorPages);
        double perEditor = (withEditors - none) / 1024.0 / OPEN_PAGES;
        double perReader = (withReaders - none) / 1024.0 / OPEN_PAGES;
        System.out.printf("Server heap (live, after full GC): %d open pages of each kind, one signed-in person%n",
                OPEN_PAGES);
        System.out.printf("  no extra pages: %.1f MB; %d editors: %.1f MB; %d reader views: %.1f MB%n",
                none / 1048576.0, OPEN_PAGES, withEditors / 1048576.0, OPEN_PAGES, withReaders / 1048576.0);
        System.out.printf("  per open editor: %.0f KB (target < 300 KB); per reader view (baseline): %.0f KB; "
                + "ratio %.2fx%n", perEditor, perReader, perEditor / perReader);
    }

    private static List<Page> openMany(Browser browser, String base, String path) {
        var first = signedIn(browser, base, "member");
        var pages = new ArrayList<Page>();
        pages.add(first);
        open(first, base + path);
        while (pages.size() < OPEN_PAGES) {
            var page = first.context().newPage();
            open(page, base + path);
            pages.add(page);
        }
        return pages;
    }

    private static void close(List<Page> pages) {
        pages.getFirst().context().close();
        // the pages said they were leaving; give the server a moment to drop their UIs
        sleep(2_000);
    }

    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            sleep(300);
            smallest = Math.min(smallest, memory.getHeapMemoryUsage().getUsed());
        }
        return smallest;
    }

    private static Page signedIn(Browser browser, String base, String username) {
        var page = browser.newPage();
        DemoSignIn.signIn(page, base, username, "demo");
        return page;
    }

    private static void open(Page page, String url) {
        page.navigate(url);
        Vaadin.waitUntilIdle(page);
    }

    private static Proposal aProposal(ConfigurableApplicationContext app) {
        var people = app.getBean(PersonDirectory.class);
        SignedIn.as(people, app.getBean(SignInSettings.class).issuer(), "member");
        try {
            var proposal = app.getBean(ProposalService.class).create(
                    app.getBean(WorkgroupService.class).workgroup("telehealth").id(),
                    new NewProposal("Live editing benchmark", List.of()));
            app.getBean(SectionService.class).save(proposal.id(), proposal.currentSections().getFirst().id(), 1,
                    "Live update start", "");
            return proposal;
        } finally {
            SignedIn.signOut();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
