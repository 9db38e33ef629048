import assert from "node:assert/strict";
import { test } from "node:test";
import { EditorSelection, EditorState, type TransactionSpec } from "@codemirror/state";
import type { Command, EditorView } from "@codemirror/view";
import { cycleHeading, insertLink, insertTable, toggleBulletList, toggleNumberedList, togglePassageMark, toggleWrap }
  from "../src/commands";

/** Runs a command on `text` where [ and ] mark the selection (or | the cursor); returns the same notation. */
function run(command: Command, marked: string): string {
  const from = marked.includes("|") ? marked.indexOf("|") : marked.indexOf("[");
  const to = marked.includes("|") ? from : marked.indexOf("]") - 1;
  const doc = marked.replace(/[[\]|]/g, "");
  const view = {
    state: EditorState.create({ doc, selection: EditorSelection.single(from, to) }),
    dispatch(spec: TransactionSpec) {
      this.state = this.state.update(spec).state;
    },
  };
  command(view as unknown as EditorView);
  const { from: start, to: end } = view.state.selection.main;
  const text = view.state.doc.toString();
  return start === end ? text.slice(0, start) + "|" + text.slice(start)
    : text.slice(0, start) + "[" + text.slice(start, end) + "]" + text.slice(end);
}

test("wrapping puts markers around the selection, without the spaces at its ends", () => {
  assert.equal(run(toggleWrap("**"), "a [word ]here"), "a **[word]** here");
  assert.equal(run(toggleWrap("++"), "|"), "++|++");
});

test("wrapping a wrapped selection unwraps it", () => {
  assert.equal(run(toggleWrap("**"), "a **[word]** here"), "a [word] here");
  assert.equal(run(toggleWrap("~~"), "a [~~word~~] here"), "a [word] here");
});

test("a passage is marked as a whole, over paragraphs too, and unmarked again", () => {
  assert.equal(run(togglePassageMark, "Old. [New text. ]Old."), "Old. ▶[New text.]◀ Old.");
  assert.equal(run(togglePassageMark, "[One.\n\nTwo.\n]"), "▶[One.\n\nTwo.]◀\n");
  assert.equal(run(togglePassageMark, "Old. ▶[New text.]◀ Old."), "Old. [New text.] Old.");
  assert.equal(run(togglePassageMark, "Old. [▶New text.◀] Old."), "Old. [New text.] Old.");
  assert.equal(run(togglePassageMark, "Old. |"), "Old. ▶|◀");
});

test("a link selects what is left to type", () => {
  assert.equal(run(insertLink, "see [the rules]"), "see [the rules]([https://])");
  assert.equal(run(insertLink, "see [https://example.org]"), "see [[text]](https://example.org)");
  assert.equal(run(insertLink, "|"), "[[text]](https://)");
});

test("headings start at level 3, get smaller and then go", () => {
  assert.equal(run(cycleHeading, "|Title"), "### |Title");
  assert.equal(run(cycleHeading, "### |Title"), "#### |Title");
  assert.equal(run(cycleHeading, "#### |Title"), "|Title");
  assert.equal(run(cycleHeading, "|"), "### |");
});

test("lists cover the written lines of the selection and come off again", () => {
  assert.equal(run(toggleBulletList, "[one\n\ntwo]"), "[- one\n\n- two]");
  assert.equal(run(toggleBulletList, "[- one\n- two]"), "[one\ntwo]");
  assert.equal(run(toggleNumberedList, "[- one\n- two]"), "[1. one\n2. two]");
  assert.equal(run(toggleNumberedList, "[1. one\n2. two]"), "[one\ntwo]");
});

test("a table goes below the line, set off by blank lines, its first header selected", () => {
  assert.equal(run(insertTable, "Intro|\nNext"),
    "Intro\n\n| [Column 1] | Column 2 |\n| -------- | -------- |\n|          |          |\n\nNext");
  assert.equal(run(insertTable, "|"), "| [Column 1] | Column 2 |\n| -------- | -------- |\n|          |          |");
});
