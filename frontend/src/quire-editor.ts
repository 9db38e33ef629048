// Bundle entry: defines Quire's browser components. Loaded as a plain script by
// MarkdownEditor (@JavaScript("context://js/quire-editor.js")), outside Vaadin's own bundle.
import { QuireMarkdownEditor } from "./markdown-editor";

if (!customElements.get("quire-markdown-editor")) {
  customElements.define("quire-markdown-editor", QuireMarkdownEditor);
}
