package org.quire.comment.ui;

import org.quire.comment.CommentThreads;
import org.quire.comment.Dispositions;
import org.quire.comment.ReviewAccess;
import org.quire.comment.Suggestions;
import org.quire.comment.ThreadUpdates;
import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonDirectory;
import org.quire.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/** The services the reader's comment components act through, in one bean. */
@Component
record ReviewActions(CommentThreads threads, Suggestions suggestions, Dispositions dispositions,
        CurrentPerson currentPerson, PersonDirectory people, MarkdownRenderer markdown, ReviewAccess access,
        ThreadUpdates updates) {
}
