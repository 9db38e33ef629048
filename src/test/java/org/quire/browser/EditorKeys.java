package org.quire.browser;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Typing into Quire's Markdown editor (CodeMirror inside the element's shadow root) as a person does. */
public final class EditorKeys {

    private static final double KEY_DELAY_MILLIS = 8;

    private EditorKeys() {
    }

    /** The editable area of the editor with this id. */
    public static Locator content(Page page, String editorId) {
        return page.locator("#" + editorId + " .cm-content");
    }

    /** Selects everything in the editor and types {@code text} over it. */
    public static void replaceText(Page page, String editorId, String text) {
        content(page, editorId).click();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        type(page, text);
    }

    /** Puts the cursor at the end of the text and types {@code text}. */
    public static void append(Page page, String editorId, String text) {
        content(page, editorId).click();
        page.keyboard().press("ControlOrMeta+End");
        type(page, text);
    }

    private static void type(Page page, String text) {
        page.keyboard().type(text, new Keyboard.TypeOptions().setDelay(KEY_DELAY_MILLIS));
    }
}
