package org.quire.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright, one per test class; each test opens a fresh
 * browser context (its own cookies) with {@link #newPage()}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        var executable = Path.of(System.getProperty("quire.test.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need Chromium at " + executable
                    + " (apt-get install chromium chromium-driver, or set -Dquire.chromium=...)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    public Page newPage() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
