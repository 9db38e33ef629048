package org.quire.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signs a demo account in the way a person does: Quire's sign-in page, then the provider's form. */
public final class DemoSignIn {

    private DemoSignIn() {
    }

    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/");
        page.waitForURL(Pattern.compile(".*/signin$"));
        Vaadin.waitUntilIdle(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/login.*"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("button[type=submit]").click();
        // back on Quire, past the OAuth2 callback
        page.waitForURL(Pattern.compile("http://localhost:\\d+/(?!login/oauth2/).*"));
        Vaadin.waitUntilIdle(page);
    }
}
