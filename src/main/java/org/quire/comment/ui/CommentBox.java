package org.quire.comment.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.quire.comment.CommentLimits;

/**
 * A Markdown text area with its size against {@link CommentLimits}, a post and a cancel button:
 * Ctrl/⌘+Enter posts, Escape cancels. The text stays until a post succeeds, so a refusal (too
 * long, a period that closed, a clash) loses nothing; the reason shows under the field.
 */
final class CommentBox extends Div {

    /** Sends the text; throws what the services throw (told to the person by {@link Attempt}). */
    @FunctionalInterface
    interface Post {
        void send(String text);
    }

    private final TextArea text;
    private final Paragraph problem = new Paragraph();
    private boolean optional;

    CommentBox(String label, String postLabel, Post action, Runnable cancel) {
        addClassName("comment-box");
        text = new TextArea(label);
        text.addClassName("comment-input");
        text.setWidthFull();
        text.setMinHeight("5rem");
        text.setManualValidation(true);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(typed -> measure());
        problem.addClassName("review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var post = new Button(postLabel, click -> post(action));
        post.addClassName("post-comment");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var cancelButton = new Button("Cancel", click -> cancel.run());
        cancelButton.addClassName("cancel-comment");
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Shortcuts.addShortcutListener(text, () -> post(action), Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        Shortcuts.addShortcutListener(text, () -> post(action), Key.ENTER, KeyModifier.META).listenOn(text);
        Shortcuts.addShortcutListener(text, cancel::run, Key.ESCAPE).listenOn(text);
        var buttons = new Div(post, cancelButton);
        buttons.addClassName("comment-box-buttons");
        add(text, problem, buttons);
        measure();
    }

    /** An empty text may be posted (the reason of a suggested edit). */
    CommentBox optional() {
        optional = true;
        return this;
    }

    void required() {
        optional = false;
    }

    CommentBox withText(String initial) {
        text.setValue(initial);
        return this;
    }

    String text() {
        return text.getValue();
    }

    void focus() {
        text.focus();
    }

    TextArea field() {
        return text;
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void post(Post action) {
        var typed = text.getValue();
        if (typed.isBlank() && !optional) {
            showProblem("Write something first: the comment is empty.");
            return;
        }
        problem.setVisible(false);
        Attempt.of(() -> {
            action.send(typed);
            return true;
        }, this::showProblem).ifPresent(sent -> text.clear());
    }

    private void measure() {
        int bytes = text.getValue().getBytes(StandardCharsets.UTF_8).length;
        var size = String.format(Locale.ENGLISH, "%,d of %,d bytes", bytes, CommentLimits.MAX_COMMENT_BYTES);
        boolean over = bytes > CommentLimits.MAX_COMMENT_BYTES;
        text.setHelperText(over ? null : "Markdown. " + size + ". Ctrl+Enter posts, Escape cancels.");
        text.setErrorMessage(over ? String.format(Locale.ENGLISH,
                "Too long: %s. Shorten it or split it into two comments.", size) : null);
        text.setInvalid(over);
    }
}
