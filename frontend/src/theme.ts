import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

// Colours and fonts come from Lumo's custom properties (they pass into the shadow root); the
// fallbacks are Lumo's light values, so the editor also looks right on a page without Lumo.

const TEXT = "var(--lumo-body-text-color, hsla(214, 40%, 16%, 0.94))";
const SECONDARY = "var(--lumo-secondary-text-color, hsla(214, 42%, 18%, 0.69))";
const PRIMARY_TEXT = "var(--lumo-primary-text-color, hsl(214, 90%, 43%))";
const FOCUS_RING = "var(--lumo-primary-color, hsl(214, 90%, 48%))";
const SURFACE = "var(--lumo-base-color, #fff)";
const SHADE = "var(--lumo-contrast-5pct, hsla(214, 61%, 25%, 0.05))";

export const editorTheme = EditorView.theme({
  "&": {
    flex: "1 1 auto",
    minHeight: "0",
    color: TEXT,
    backgroundColor: SURFACE,
    fontFamily: "var(--lumo-font-family, system-ui, sans-serif)",
    fontSize: "var(--lumo-font-size-m, 1rem)",
    maxHeight: "var(--quire-editor-max-height, 70vh)",
  },
  "&.cm-focused": { outline: `2px solid ${FOCUS_RING}`, outlineOffset: "-2px" },
  ".cm-scroller": { fontFamily: "inherit", lineHeight: "1.6", overflow: "auto" },
  ".cm-content": {
    padding: "var(--lumo-space-s, 0.5rem) var(--lumo-space-m, 1rem)",
    caretColor: TEXT,
    minHeight: "var(--quire-editor-min-height, 20rem)",
  },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: TEXT },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "var(--lumo-primary-color-20pct, hsla(214, 90%, 52%, 0.2))",
  },
});

export const markdownHighlighting = syntaxHighlighting(HighlightStyle.define([
  { tag: tags.heading1, fontSize: "1.4em", fontWeight: "600" },
  { tag: tags.heading2, fontSize: "1.25em", fontWeight: "600" },
  { tag: tags.heading3, fontSize: "1.1em", fontWeight: "600" },
  { tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: "600" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strikethrough, textDecoration: "line-through" },
  { tag: tags.inserted, textDecoration: "underline" },
  { tag: [tags.link, tags.url], color: PRIMARY_TEXT },
  { tag: tags.url, textDecoration: "underline" },
  { tag: tags.monospace, fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", backgroundColor: SHADE },
  { tag: [tags.quote, tags.processingInstruction, tags.contentSeparator, tags.meta], color: SECONDARY },
]));

/** The element's own parts around CodeMirror: frame, label, toolbar, status line. */
export const hostStyles = `
:host {
  display: flex;
  flex-direction: column;
  box-sizing: border-box;
  color: ${TEXT};
  font-family: var(--lumo-font-family, system-ui, sans-serif);
  font-size: var(--lumo-font-size-m, 1rem);
}
:host([hidden]) { display: none; }
:host([disabled]) { opacity: 0.6; }
.label {
  display: block;
  color: ${SECONDARY};
  font-size: var(--lumo-font-size-s, 0.875rem);
  font-weight: 500;
  margin-block-end: var(--lumo-space-xs, 0.25rem);
}
.box, .editor {
  display: flex;
  flex-direction: column;
  flex: 1 1 auto;
  min-height: 0;
}
.box {
  border: 1px solid var(--lumo-contrast-30pct, hsla(214, 50%, 22%, 0.26));
  border-radius: var(--lumo-border-radius-m, 0.25em);
  background: ${SURFACE};
  overflow: hidden;
}
:host([invalid]) .box { border-color: var(--lumo-error-color, hsl(3, 85%, 48%)); }
[role="toolbar"] {
  display: flex;
  flex-wrap: wrap;
  gap: 2px;
  padding: var(--lumo-space-xs, 0.25rem);
  border-block-end: 1px solid var(--lumo-contrast-10pct, hsla(214, 57%, 24%, 0.1));
  background: ${SHADE};
}
[role="toolbar"] button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 2.125rem; /* narrow enough for the whole toolbar on one line beside the preview */
  height: 2.25rem;
  padding: 0 var(--lumo-space-xs, 0.25rem);
  border: none;
  border-radius: var(--lumo-border-radius-s, 0.25em);
  background: transparent;
  color: ${TEXT};
  font: inherit;
  font-size: var(--lumo-font-size-s, 0.875rem);
  cursor: pointer;
}
[role="toolbar"] button:hover { background: var(--lumo-contrast-10pct, hsla(214, 57%, 24%, 0.1)); }
[role="toolbar"] button:focus-visible { outline: 2px solid ${PRIMARY_TEXT}; outline-offset: -2px; }
[role="toolbar"] button[aria-disabled="true"] { color: var(--lumo-disabled-text-color, hsla(214, 50%, 22%, 0.26)); cursor: default; }
[role="toolbar"] button[aria-disabled="true"]:hover { background: transparent; }
[role="toolbar"] .separator { width: 1px; margin: 0.375rem 2px; background: var(--lumo-contrast-20pct, hsla(214, 53%, 23%, 0.16)); }
button svg { width: 1.125rem; height: 1.125rem; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.glyph-bold { font-weight: 700; }
.glyph-italic { font-style: italic; font-family: Georgia, serif; }
.glyph-heading { font-weight: 700; }
.glyph-passage { font-size: 0.75em; letter-spacing: 0.1em; }
.footer {
  display: flex;
  gap: var(--lumo-space-m, 1rem);
  justify-content: space-between;
  min-height: 1.25rem;
  padding-block-start: var(--lumo-space-xs, 0.25rem);
  font-size: var(--lumo-font-size-s, 0.875rem);
  color: ${SECONDARY};
}
.counter { margin-inline-start: auto; font-variant-numeric: tabular-nums; }
.counter.full, .error { color: var(--lumo-error-text-color, hsl(3, 89%, 42%)); }
.error { font-size: var(--lumo-font-size-s, 0.875rem); }
.error:empty, .counter:empty, .label:empty { display: none; }
`;
