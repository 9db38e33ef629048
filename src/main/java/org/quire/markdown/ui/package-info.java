/**
 * Browser components for Markdown: the editor field {@link org.quire.markdown.ui.MarkdownEditor},
 * a Vaadin field around the {@code <quire-markdown-editor>} element (CodeMirror 6, built from the
 * top-level {@code frontend/} folder), and {@link org.quire.markdown.ui.RenderedLater} for safe
 * HTML rendered off the request thread. Views of other modules use them, hence the named interface;
 * the server checks what the browser sends, whatever the element promises.
 */
@NullMarked
@NamedInterface("ui")
package org.quire.markdown.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
