import { redo, undo } from "@codemirror/commands";
import { insertLink, insertTable, cycleHeading, toggleBulletList, toggleNumberedList, togglePassageMark, toggleWrap }
  from "./commands";
import type { ToolbarAction } from "./toolbar";

const svg = (body: string) => `<svg viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;
const glyph = (kind: string, text: string) => `<span class="glyph-${kind}" aria-hidden="true">${text}</span>`;

export const bold = toggleWrap("**");
export const italic = toggleWrap("_");

/** The toolbar, in its order; Mod is Ctrl, or Cmd on a Mac. */
export const toolbarActions: ToolbarAction[] = [
  { name: "heading", label: "Heading", icon: glyph("heading", "H"), run: cycleHeading },
  { name: "bold", label: "Bold", icon: glyph("bold", "B"), run: bold, keys: "Mod+B" },
  { name: "italic", label: "Italic", icon: glyph("italic", "I"), run: italic, keys: "Mod+I" },
  {
    name: "bulleted-list", label: "Bulleted list", run: toggleBulletList, group: true,
    icon: svg('<circle cx="5" cy="7" r="1"/><circle cx="5" cy="12" r="1"/><circle cx="5" cy="17" r="1"/>'
      + '<path d="M9 7h11M9 12h11M9 17h11"/>'),
  },
  {
    name: "numbered-list", label: "Numbered list", run: toggleNumberedList,
    icon: svg('<path d="M4 5.5 5.5 4.5v5M3.5 15c.4-1.2 3-1.4 3 .2 0 1.3-3 2.2-3 3.8h3M10 7h10M10 17h10"/>'),
  },
  {
    name: "link", label: "Link", run: insertLink, keys: "Mod+K", group: true,
    icon: svg('<path d="M10 14a4 4 0 0 0 5.7 0l3-3A4 4 0 0 0 13 5.3l-1 1"/>'
      + '<path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>'),
  },
  {
    name: "table", label: "Table", run: insertTable,
    icon: svg('<rect x="3" y="5" width="18" height="14" rx="1"/><path d="M3 10h18M3 15h18M12 5v14"/>'),
  },
  {
    name: "inserted", label: "Inserted text", run: toggleWrap("++"), group: true,
    icon: svg('<path d="M7 4v6a5 5 0 0 0 10 0V4M5 20h14"/>'),
  },
  {
    name: "deleted", label: "Deleted text", run: toggleWrap("~~"),
    icon: svg('<path d="M4 12h16M16 7c-.6-1.5-2-2.5-4-2.5-2.3 0-4 1.3-4 3 0 1 .5 1.8 1.5 2.3M8.5 17c.6 1.5 2 2.5 3.8 2.5 2.3 0 3.9-1.3 3.9-3 0-.6-.2-1.1-.5-1.5"/>'),
  },
  {
    name: "passage-mark", label: "Mark new or revised passage", icon: glyph("passage", "▶◀"), run: togglePassageMark,
    keys: "Mod+Shift+.",
  },
  {
    name: "undo", label: "Undo", run: undo, keys: "Mod+Z", group: true,
    icon: svg('<path d="M9 14 4 9l5-5"/><path d="M4 9h11a5 5 0 0 1 0 10h-4"/>'),
  },
  {
    name: "redo", label: "Redo", run: redo, keys: "Mod+Shift+Z",
    icon: svg('<path d="m15 14 5-5-5-5"/><path d="M20 9H9a5 5 0 0 0 0 10h4"/>'),
  },
];
