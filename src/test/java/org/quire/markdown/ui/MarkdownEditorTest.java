package org.quire.markdown.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.markdown.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor field's side of the conversation with its browser element, without a browser. */
@ViewPackages(packages = "org.quire.markdown.ui")
class MarkdownEditorTest extends BrowserlessTest {

    private final MarkdownEditor editor = new MarkdownEditor("Section text");
    private final EditorInBrowser browser = new EditorInBrowser(editor);
    private final List<ComponentValueChangeEvent<MarkdownEditor, String>> changes = new ArrayList<>();

    @BeforeEach
    void anEditorOnAPage() {
        UI.getCurrent().add(editor);
        editor.addValueChangeListener(changes::add);
    }

    @Test
    void textTypedInTheBrowserBecomesTheValueAndAChangeFromTheClient() {
        browser.sendsValue("Codes for *remote* monitoring.");

        assertThat(editor.getValue()).isEqualTo("Codes for *remote* monitoring.");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.isFromClient()).isTrue();
            assertThat(change.getOldValue()).isEmpty();
            assertThat(change.getValue()).isEqualTo("Codes for *remote* monitoring.");
        });
    }

    @Test
    void aValueSetOnTheServerIsWrittenToTheElementAndIsNotAChangeFromTheClient() {
        editor.setValue("# Rationale");

        assertThat(editor.getElement().getProperty("value")).isEqualTo("# Rationale");
        assertThat(changes).singleElement().satisfies(change -> assertThat(change.isFromClient()).isFalse());
    }

    @Test
    void aValueSetOnTheServerTellsTheBrowserWhichOfItsTextsItHadReceived() {
        browser.sendsValue("first");
        browser.sendsValue("second");

        editor.setValue("second, merged");

        assertThat(editor.getElement().getProperty("acknowledgedSequence", -1)).isEqualTo(browser.lastSent()).isEqualTo(2);
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedTheOldValueKeptAndTheReasonShown() {
        editor.setMaxLength(10);
        browser.sendsValue("short");

        browser.sendsValue("far too long for it");

        assertThat(editor.getValue()).isEqualTo("short");
        assertThat(changes).hasSize(1);
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).contains("19 characters", "10 allowed");
        assertThat(editor.getElement().getAttribute("error-message")).isEqualTo(editor.getErrorMessage());
        assertThat(editor.getElement().hasAttribute("invalid")).isTrue();
    }

    @Test
    void aShortEnoughTextAfterARefusalIsTakenAndTheReasonCleared() {
        editor.setMaxLength(10);
        browser.sendsValue("far too long for it");

        browser.sendsValue("now short");

        assertThat(editor.getValue()).isEqualTo("now short");
        assertThat(editor.isInvalid()).isFalse();
        assertThat(editor.getElement().hasAttribute("error-message")).isFalse();
    }

    @Test
    void settingTheValueAfterARefusalReplacesTheRefusedTextInTheBrowser() {
        editor.setMaxLength(10);
        browser.sendsValue("short");
        browser.sendsValue("far too long for it");

        editor.setValue("short");

        assertThat(editor.getElement().getProperty("value")).isEqualTo("short");
        assertThat(editor.isInvalid()).isFalse();
    }

    @Test
    void theDefaultLimitIsTheRenderersLimit() {
        assertThat(editor.getMaxLength()).isEqualTo(MarkdownRenderer.MAX_BYTES);
        assertThat(editor.getElement().getAttribute("max-length")).isEqualTo(Integer.toString(MarkdownRenderer.MAX_BYTES));
    }

    @Test
    void aReadOnlyEditorIgnoresTextFromTheBrowser() {
        editor.setValue("published");
        editor.setReadOnly(true);

        browser.sendsValue("changed anyway");

        assertThat(editor.getValue()).isEqualTo("published");
        assertThat(editor.getElement().getProperty("readonly", false)).isTrue();
        assertThat(editor.isInvalid()).isFalse();
    }

    @Test
    void aSaveRequestSeesTheTextTheBrowserSentJustBefore() {
        var saved = new ArrayList<String>();
        editor.addSaveRequestedListener(event -> saved.add(event.getSource().getValue()));

        browser.sendsValue("typed just now");
        browser.requestsSave();

        assertThat(saved).containsExactly("typed just now");
    }

    @Test
    void aSaveRequestIsNotDeliveredWhileTheBrowserShowsARefusedText() {
        var saved = new ArrayList<String>();
        editor.addSaveRequestedListener(event -> saved.add(event.getSource().getValue()));
        editor.setMaxLength(10);
        browser.sendsValue("far too long for it");

        browser.requestsSave();

        assertThat(saved).isEmpty();
    }

    @Test
    void aDraftFoundInTheBrowserArrivesWithItsTextBaseAndTime() {
        var drafts = new ArrayList<LocalDraftFoundEvent>();
        editor.addLocalDraftFoundListener(drafts::add);

        browser.findsDraft("unsaved words", 7, 1_767_225_600_000L);

        assertThat(drafts).singleElement().satisfies(draft -> {
            assertThat(draft.getText()).isEqualTo("unsaved words");
            assertThat(draft.getBase()).isEqualTo(7);
            assertThat(draft.getSavedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(draft.isFromClient()).isTrue();
        });
    }

    @Test
    void aDraftLongerThanTheLimitIsNotDelivered() {
        var drafts = new ArrayList<LocalDraftFoundEvent>();
        editor.addLocalDraftFoundListener(drafts::add);
        editor.setMaxLength(10);

        browser.findsDraft("far too long for it", 7, 0);

        assertThat(drafts).isEmpty();
    }

    @Test
    void draftKeyBaseRevisionAndNamesReachTheElement() {
        editor.setDraftKey("person-1/section-2");
        editor.setBaseRevision(4);
        editor.setLabel("Markdown");

        assertThat(editor.getElement().getAttribute("draft-key")).isEqualTo("person-1/section-2");
        assertThat(editor.getElement().getAttribute("base-revision")).isEqualTo("4");
        assertThat(editor.getElement().getAttribute("accessible-name")).isEqualTo("Section text");
        assertThat(editor.getElement().getProperty("label")).isEqualTo("Markdown");

        editor.setDraftKey(null);
        assertThat(editor.getElement().hasAttribute("draft-key")).isFalse();
    }

    @Test
    void clearingTheLocalDraftCallsTheElement() {
        editor.clearLocalDraft();

        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        assertThat(internals.dumpPendingJavaScriptInvocations())
                .anySatisfy(call -> assertThat(call.getInvocation().getExpression()).contains("clearLocalDraft"));
    }

    @Test
    void theScriptTheEditorLoadsIsBuiltOntoTheClasspath() {
        assertThat(getClass().getResource("/META-INF/resources/js/quire-editor.js"))
                .as("the frontend build's bundle (frontend/, npm run build)").isNotNull();
    }
}
