package org.quire.comment.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.quire.comment.CommentThread;
import org.quire.comment.Suggestion;
import org.quire.proposal.ui.ReaderPage;

/**
 * Writes a new thread: on a selected passage (a comment, or a suggested edit whose replacement
 * starts as the passage itself), on a descriptor, or on the whole proposal. It outlives the list's
 * refreshes, so news arriving while someone types takes nothing away.
 */
final class Composer extends Div {

    private static final String COMMENT = "Comment";
    private static final String SUGGEST = "Suggest edit";

    private final ReaderPage page;
    private final ReviewActions actions;
    private final Consumer<CommentThread> started;

    Composer(ReaderPage page, ReviewActions actions, Consumer<CommentThread> started) {
        this.page = page;
        this.actions = actions;
        this.started = started;
        setId("thread-composer");
        addClassName("thread-composer");
        setVisible(false);
    }

    void forProposal() {
        open("Comment on the whole proposal", null);
        var box = box(text -> started.accept(actions.threads().startOnProposal(page.proposal().id(), text)));
        add(box);
        box.focus();
    }

    void forDescriptor(PickedDescriptor descriptor) {
        open("Comment on descriptor " + descriptor.code(), null);
        var box = box(text -> started.accept(
                actions.threads().startOnDescriptor(page.proposal().id(), descriptor.descriptor(), text)));
        add(box);
        box.focus();
    }

    void forPassage(SelectedPassage passage) {
        var section = page.sections().stream().filter(shown -> shown.section().id().equals(passage.section()))
                .map(shown -> shown.section().title()).findFirst().orElse("the text");
        open("Comment on a passage of " + section, passage.quote());
        var kind = new RadioButtonGroup<String>("Kind", COMMENT, SUGGEST);
        kind.setId("composer-kind");
        kind.setValue(COMMENT);
        var replacement = new TextArea("Replacement text");
        replacement.setId("suggested-replacement");
        replacement.setWidthFull();
        replacement.setMaxLength(Suggestion.MAX_REPLACEMENT);
        replacement.setHelperText(String.format(Locale.ENGLISH, "What the passage should say instead. Up to %,d characters.",
                Suggestion.MAX_REPLACEMENT));
        replacement.setValue(passage.quote());
        replacement.setVisible(false);
        var id = page.proposal().id();
        var box = box(text -> started.accept(SUGGEST.equals(kind.getValue())
                ? actions.suggestions().suggest(id, passage.section(), passage.revision(), passage.start(),
                        passage.end(), replacement.getValue(), text)
                : actions.threads().startOnPassage(id, passage.section(), passage.revision(), passage.start(),
                        passage.end(), text)));
        kind.addValueChangeListener(chosen -> {
            boolean suggest = SUGGEST.equals(chosen.getValue());
            replacement.setVisible(suggest);
            box.field().setLabel(suggest ? "Why (optional)" : "Your comment");
            if (suggest) {
                box.optional();
            } else {
                box.required();
            }
        });
        add(kind, replacement, box);
        box.focus();
    }

    void close() {
        removeAll();
        setVisible(false);
    }

    private void open(String title, @Nullable String quote) {
        removeAll();
        var heading = new H3(title);
        heading.setId("composer-title");
        add(heading);
        if (quote != null) {
            var quoted = new Paragraph(quote);
            quoted.addClassName("quoted-passage");
            add(ThreadPlace.blockquote(quoted));
        }
        setVisible(true);
        getElement().setAttribute("role", "form");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    }

    private CommentBox box(CommentBox.Post post) {
        return new CommentBox("Your comment", "Post", text -> {
            post.send(text);
            close();
        }, this::close);
    }
}
