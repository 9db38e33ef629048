import { EditorSelection, type ChangeSpec, type EditorState, type Line, type SelectionRange } from "@codemirror/state";
import type { Command, EditorView } from "@codemirror/view";

// The toolbar's and shortcuts' Markdown edits. Each is one transaction, so one undo step, and
// each is a user edit ("input.format"): it is sent to the server and kept in the local draft.

const USER_EVENT = "input.format";

function apply(view: EditorView, edit: (state: EditorState) => Parameters<EditorView["dispatch"]>[0]): boolean {
  if (view.state.readOnly) {
    return false;
  }
  view.dispatch(edit(view.state));
  return true;
}

/** The selection without the spaces a double click may add, so markers hug the words. */
function trimmed(state: EditorState, range: SelectionRange): { from: number; to: number } {
  let { from, to } = range;
  while (from < to && /\s/.test(state.sliceDoc(from, from + 1))) from++;
  while (to > from && /\s/.test(state.sliceDoc(to - 1, to))) to--;
  return { from, to };
}

/**
 * Wraps each selection in the markers (or puts the cursor between new markers when nothing is
 * selected); a selection that is already wrapped is unwrapped instead.
 */
export function toggleWrap(open: string, close: string = open): Command {
  return (view) =>
    apply(view, (state) => ({
      ...state.changeByRange((range) => {
        const { from, to } = trimmed(state, range);
        const outside = state.sliceDoc(from - open.length, from) === open
          && state.sliceDoc(to, to + close.length) === close;
        if (outside) {
          return {
            changes: [{ from: from - open.length, to: from }, { from: to, to: to + close.length }],
            range: EditorSelection.range(from - open.length, to - open.length),
          };
        }
        const text = state.sliceDoc(from, to);
        if (text.length >= open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
          return {
            changes: [{ from, to: from + open.length }, { from: to - close.length, to }],
            range: EditorSelection.range(from, to - open.length - close.length),
          };
        }
        return {
          changes: [{ from, insert: open }, { from: to, insert: close }],
          range: EditorSelection.range(from + open.length, to + open.length),
        };
      }),
      scrollIntoView: true,
      userEvent: USER_EVENT,
    }));
}

/**
 * CPT's marks around new or revised guideline text: the whole selection, paragraphs and all, is
 * one passage between ▶ and ◀; a marked passage is unmarked again.
 */
export const togglePassageMark: Command = toggleWrap("\u25B6", "\u25C0");

/** A link around the selection; whichever part still needs typing (text or address) is selected. */
export const insertLink: Command = (view) =>
  apply(view, (state) => ({
    ...state.changeByRange((range) => {
      const { from, to } = trimmed(state, range);
      const selected = state.sliceDoc(from, to);
      const isAddress = /^(https?:\/\/|mailto:)\S+$/i.test(selected);
      const text = from === to || isAddress ? "text" : selected;
      const address = isAddress ? selected : "https://";
      const insert = `[${text}](${address})`;
      const selectFrom = from === to || isAddress ? from + 1 : from + text.length + 3;
      const selectTo = from === to || isAddress ? from + 1 + text.length : from + insert.length - 1;
      return { changes: { from, to, insert }, range: EditorSelection.range(selectFrom, selectTo) };
    }),
    scrollIntoView: true,
    userEvent: USER_EVENT,
  }));

/** The lines the selection touches (a selection ending at a line start leaves that line out). */
function selectedLines(state: EditorState): Line[] {
  const lines = new Map<number, Line>();
  for (const range of state.selection.ranges) {
    const end = range.to > range.from && state.doc.lineAt(range.to).from === range.to ? range.to - 1 : range.to;
    for (let pos = range.from; pos <= end;) {
      const line = state.doc.lineAt(pos);
      lines.set(line.number, line);
      pos = line.to + 1;
    }
  }
  const all = [...lines.values()];
  const written = all.filter((line) => line.text.trim() !== "");
  return written.length > 0 ? written : all;
}

/** Rewrites the start of each selected line: `prefix` is the part replaced, `next` its new text. */
function rewriteLineStarts(view: EditorView, next: (lines: Line[]) => { line: Line; prefix: string; insert: string }[]): boolean {
  return apply(view, (state) => {
    const specs: ChangeSpec[] = next(selectedLines(state)).map(({ line, prefix, insert }) => ({
      from: line.from,
      to: line.from + prefix.length,
      insert,
    }));
    const changes = state.changes(specs);
    // a cursor at a line start goes after a new marker, ready for typing; a selection takes it in
    const selection = EditorSelection.create(state.selection.ranges.map((range) => range.empty
      ? EditorSelection.cursor(changes.mapPos(range.head, 1))
      : EditorSelection.range(changes.mapPos(range.anchor, range.anchor < range.head ? -1 : 1),
        changes.mapPos(range.head, range.head > range.anchor ? 1 : -1))), state.selection.mainIndex);
    return { changes, selection, scrollIntoView: true, userEvent: USER_EVENT };
  });
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^(\s*)[-*+][ \t]+/;
const NUMBER = /^(\s*)\d{1,9}[.)][ \t]+/;

function headingLevel(line: Line): number {
  return HEADING.exec(line.text)?.[1].length ?? 0;
}

/**
 * Headings start at level 3 (the reader shows section titles at level 2); pressing again makes
 * the heading one level smaller, and after level 4 removes it.
 */
export const cycleHeading: Command = (view) =>
  rewriteLineStarts(view, (lines) => {
    const current = headingLevel(lines[0]);
    const level = current === 0 ? 3 : current >= 4 ? 0 : current + 1;
    return lines.map((line) => ({
      line,
      prefix: HEADING.exec(line.text)?.[0] ?? "",
      insert: level === 0 ? "" : "#".repeat(level) + " ",
    }));
  });

function listMarker(text: string): { indent: string; marker: string } {
  const match = BULLET.exec(text) ?? NUMBER.exec(text);
  const indent = match ? match[1] : /^\s*/.exec(text)![0];
  return { indent, marker: match ? match[0].slice(indent.length) : "" };
}

/** Makes the selected lines a list, or plain lines again when they already are that kind of list. */
function toggleList(kind: RegExp, marker: (index: number) => string): Command {
  return (view) =>
    rewriteLineStarts(view, (lines) => {
      const remove = lines.every((line) => kind.test(line.text));
      return lines.map((line, index) => {
        const { indent, marker: current } = listMarker(line.text);
        return { line, prefix: indent + current, insert: indent + (remove ? "" : marker(index)) };
      });
    });
}

export const toggleBulletList = toggleList(BULLET, () => "- ");
export const toggleNumberedList = toggleList(NUMBER, (index) => `${index + 1}. `);

const TABLE = ["| Column 1 | Column 2 |", "| -------- | -------- |", "|          |          |"].join("\n");

/** A two-column table on the cursor's blank line or below its line, set off by blank lines, its first header selected. */
export const insertTable: Command = (view) =>
  apply(view, (state) => {
    const line = state.doc.lineAt(state.selection.main.head);
    const isBlank = (number: number) => number < 1 || number > state.doc.lines || state.doc.line(number).text.trim() === "";
    const onBlankLine = isBlank(line.number);
    const from = onBlankLine ? line.from : line.to;
    const before = !onBlankLine ? "\n\n" : isBlank(line.number - 1) ? "" : "\n";
    const after = isBlank(line.number + 1) ? "" : "\n";
    const header = from + before.length + 2;
    return {
      changes: { from, to: line.to, insert: before + TABLE + after },
      selection: EditorSelection.single(header, header + "Column 1".length),
      scrollIntoView: true,
      userEvent: USER_EVENT,
    };
  });
