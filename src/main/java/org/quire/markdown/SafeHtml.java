package org.quire.markdown;

/** HTML that went through the sanitizer; the only kind the UI may insert into a page. */
public record SafeHtml(String html) {
}
