package org.quire.markdown.ui;

import java.util.Locale;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.quire.markdown.MarkdownRenderer;

/**
 * A Markdown editor field: CodeMirror 6 with a formatting toolbar, shortcuts (Ctrl+B, Ctrl+I,
 * Ctrl+K, Ctrl+S, and Ctrl+Shift+. to mark a new or revised passage with CPT's ▶ ... ◀), a length
 * limit and a crash-safe draft in the browser's local storage.
 * <p>
 * The browser sends the text after a short pause in typing, on blur, when the page is hidden and
 * just before a {@link SaveRequestedEvent}, so {@link #getValue()} is current when a save is
 * requested. A text longer than {@link #getMaxLength()} is never taken from the browser: the old
 * value stays and the field shows why.
 * <p>
 * The text area grows with the text from 20rem to 70% of the window's height, then scrolls (CSS
 * custom properties {@code --quire-editor-min-height} and {@code --quire-editor-max-height}).
 */
@Tag("quire-markdown-editor")
@JavaScript("context://js/quire-editor.js")
public class MarkdownEditor extends AbstractSinglePropertyField<MarkdownEditor, String>
        implements HasSize, HasLabel, HasValidation, Focusable<MarkdownEditor> {

    private static final String SENT_SEQUENCE = "valueSequence";
    private static final String ACKNOWLEDGED_SEQUENCE = "acknowledgedSequence";

    private int maxLength;
    private int refusedLength;
    private boolean invalid;
    private String errorMessage = "";

    /** An empty editor limited to {@link MarkdownRenderer#MAX_BYTES} characters. */
    public MarkdownEditor() {
        super("value", "", false);
        setSynchronizedEvent("value-changed");
        // each text the browser sends is numbered; see acknowledgeBrowserTexts
        getElement().addPropertyChangeListener(SENT_SEQUENCE, "value-changed", event -> {
        });
        setMaxLength(MarkdownRenderer.MAX_BYTES);
    }

    /** An empty editor whose text area screen readers announce by this name. */
    public MarkdownEditor(String accessibleName) {
        this();
        setAccessibleName(accessibleName);
    }

    /** The name screen readers announce for the text area (the visible label, if any, otherwise). */
    public void setAccessibleName(@Nullable String name) {
        setOrRemove("accessible-name", name);
    }

    public @Nullable String getAccessibleName() {
        return getElement().getAttribute("accessible-name");
    }

    /**
     * Turns the browser-side draft on: every edit is stored in local storage under
     * {@code quire-draft:<key>}, and a stored draft that differs from the value is reported by
     * {@link LocalDraftFoundEvent}. Use a key per person and document, e.g. person and section.
     */
    public void setDraftKey(@Nullable String key) {
        setOrRemove("draft-key", key);
    }

    /** The revision the text is based on; each local draft records it. */
    public void setBaseRevision(int revision) {
        getElement().setAttribute("base-revision", Integer.toString(revision));
    }

    /** Most characters the text may have: the browser refuses more, and so does this field. */
    public void setMaxLength(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("The maximum length must be positive: " + maxLength);
        }
        this.maxLength = maxLength;
        getElement().setAttribute("max-length", Integer.toString(maxLength));
    }

    public int getMaxLength() {
        return maxLength;
    }

    /**
     * Has the browser send any text still waiting for a pause in typing. The result completes after
     * that text has reached this field (it travels first), so a caller deciding whether the editor
     * holds unsaved text decides on what the person typed, not on what had arrived.
     */
    public PendingJavaScriptResult sendPendingText() {
        return getElement().callJsFunction("sendPending");
    }

    /** Forgets the browser-side draft, e.g. once the text is saved or the person discarded it. */
    public void clearLocalDraft() {
        getElement().callJsFunction("clearLocalDraft");
    }

    /** Ctrl+S (Cmd+S) in the editor; not delivered while the browser shows a refused, too long text. */
    public Registration addSaveRequestedListener(ComponentEventListener<SaveRequestedEvent> listener) {
        return addListener(SaveRequestedEvent.class, event -> {
            if (refusedLength == 0) {
                listener.onComponentEvent(event);
            }
        });
    }

    /** A differing draft in the browser; drafts longer than the maximum length are not delivered. */
    public Registration addLocalDraftFoundListener(ComponentEventListener<LocalDraftFoundEvent> listener) {
        return addListener(LocalDraftFoundEvent.class, event -> {
            if (event.getText().length() <= maxLength) {
                listener.onComponentEvent(event);
            }
        });
    }

    @Override
    public void setValue(String value) {
        super.setValue(value);
        if (refusedLength > 0) {
            // the browser still shows the refused text: replace it even if the value did not change
            acknowledgeBrowserTexts();
            getElement().setProperty("value", getValue());
            clearRefusal();
        }
    }

    @Override
    protected void setPresentationValue(String value) {
        acknowledgeBrowserTexts();
        super.setPresentationValue(value);
    }

    /**
     * A value goes to the browser with the number of the last text received from it, so the
     * browser knows which of its texts the value was made from and keeps the typing that came
     * after (also texts still on their way here, which it then sends again).
     */
    private void acknowledgeBrowserTexts() {
        getElement().setProperty(ACKNOWLEDGED_SEQUENCE, getElement().getProperty(SENT_SEQUENCE, 0));
    }

    /** What the browser sends is checked here, whatever the element promises. */
    @Override
    protected void setModelValue(String value, boolean fromClient) {
        if (fromClient && isReadOnly()) {
            return;
        }
        if (fromClient && value.length() > maxLength) {
            refuse(value.length());
            return;
        }
        if (fromClient) {
            clearRefusal();
        }
        super.setModelValue(value, fromClient);
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        getElement().setAttribute("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        setOrRemove("error-message", errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    private void refuse(int length) {
        refusedLength = length;
        setErrorMessage(String.format(Locale.ENGLISH,
                "The text has %,d characters, more than the %,d allowed, so the last changes were not taken. "
                        + "Shorten it to go on.", length, maxLength));
        setInvalid(true);
    }

    private void clearRefusal() {
        if (refusedLength > 0) {
            refusedLength = 0;
            setInvalid(false);
            setErrorMessage(null);
        }
    }

    private void setOrRemove(String attribute, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            getElement().removeAttribute(attribute);
        } else {
            getElement().setAttribute(attribute, value);
        }
    }
}
