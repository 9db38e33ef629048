package org.quire.markdown.ui;

import java.io.Serializable;
import java.util.List;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For browserless tests of views that use a {@link MarkdownEditor}: what its
 * {@code <quire-markdown-editor>} element sends, delivered the way Flow delivers a browser's
 * messages: property updates (refused unless the server synchronizes that property), then DOM
 * events with their event data.
 */
public final class EditorInBrowser {

    private final MarkdownEditor editor;
    private int sent;

    public EditorInBrowser(MarkdownEditor editor) {
        this.editor = editor;
    }

    /** The element's value after typing, sent with its number and its value-changed event. */
    public void sendsValue(String text) {
        sent++;
        // Flow stores every synchronized property of a message before it runs any listener
        var properties = editor.getElement().getNode().getFeature(ElementPropertyMap.class);
        var listeners = List.of(update(properties, "valueSequence", (double) sent), update(properties, "value", text));
        listeners.forEach(Runnable::run);
        fire("value-changed", JacksonUtils.createObjectNode());
    }

    /**
     * Answers the server's calls asking for text still waiting for a pause in typing: there is none
     * (every text was sent with {@link #sendsValue}). Other calls to the page are dropped: nothing runs
     * them without a browser.
     */
    public void answersRequestsForWaitingText() {
        var ui = editor.getUI().orElseThrow();
        for (var invocation : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            var call = invocation.getInvocation();
            if (call.getExpression().contains("sendPending") || call.getParameters().contains("sendPending")) {
                invocation.complete(NullNode.getInstance());
            }
        }
    }

    /** The number of the last text sent. */
    public int lastSent() {
        return sent;
    }

    /** Ctrl+S in the editor (the element sends its text first: call {@link #sendsValue} before). */
    public void requestsSave() {
        fire("save-requested", JacksonUtils.createObjectNode());
    }

    /** The element found a differing draft in local storage, stored at {@code savedAt} (epoch milliseconds). */
    public void findsDraft(String text, int base, long savedAt) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.text", text);
        data.put("event.detail.base", base);
        data.put("event.detail.savedAt", savedAt);
        fire("local-draft-found", data);
    }

    private static Runnable update(ElementPropertyMap properties, String property, Serializable value) {
        try {
            return properties.deferredUpdateFromClient(property, value);
        } catch (PropertyChangeDeniedException denied) {
            throw new AssertionError("the server does not accept the element's " + property, denied);
        }
    }

    private void fire(String type, ObjectNode data) {
        editor.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(editor.getElement(), type, data));
    }
}
