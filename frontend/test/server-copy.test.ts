import assert from "node:assert/strict";
import { test } from "node:test";
import { ChangeSet, Text } from "@codemirror/state";
import { replacement, ServerCopy } from "../src/server-copy";

/** A document and its server copy, as the element keeps them. */
class Document {
  readonly copy = new ServerCopy();
  text = "";

  type(at: number, insert: string): void {
    const changes = ChangeSet.of({ from: at, insert }, this.text.length);
    this.text = changes.apply(Text.of(this.text.split("\n"))).toString();
    this.copy.edited(changes);
  }

  send(): number {
    return this.copy.sending(this.text);
  }

  receive(text: string, seen: number): void {
    this.text = this.copy.received(text, seen, this.text).apply(Text.of(this.text.split("\n"))).toString();
  }
}

test("the replacement keeps the common start and end", () => {
  assert.deepEqual(replacement("one two three", "one 2 three"), { from: 4, to: 7, insert: "2" });
  assert.deepEqual(replacement("same", "same"), { from: 4, to: 4, insert: "" });
});

test("a server value replaces a document without local edits", () => {
  const document = new Document();
  document.receive("Codes for remote care.", 0);
  assert.equal(document.text, "Codes for remote care.");
  assert.equal(document.copy.hasUnsentEdits, false);
  assert.equal(document.copy.differsFrom(document.text), false);
});

test("typing not yet sent is kept when the server's value arrives", () => {
  const document = new Document();
  document.receive("Codes for care.", 0);
  document.type(15, " Mine.");
  document.receive("New codes for care.", 0);
  assert.equal(document.text, "New codes for care. Mine.");
  assert.equal(document.copy.hasUnsentEdits, true);
  assert.equal(document.copy.overtaken, false);
});

test("a text sent but not yet received by the server is kept and must be sent again", () => {
  const document = new Document();
  document.receive("Codes for care.", 0);
  document.type(15, " Mine.");
  const sent = document.send();
  document.receive("New codes for care.", sent - 1);
  assert.equal(document.text, "New codes for care. Mine.");
  assert.equal(document.copy.overtaken, true);
  assert.equal(document.copy.differsFrom(document.text), true);
  document.send();
  assert.equal(document.copy.overtaken, false);
});

test("a value made from the last text sent replaces it and nothing is sent again", () => {
  const document = new Document();
  document.receive("Codes for care.", 0);
  document.type(15, " Mine.");
  const sent = document.send();
  document.receive("Codes for care. Mine. Theirs.", sent);
  assert.equal(document.text, "Codes for care. Mine. Theirs.");
  assert.equal(document.copy.overtaken, false);
  assert.equal(document.copy.differsFrom(document.text), false);
});

test("a server value equal to the document changes nothing", () => {
  const document = new Document();
  document.type(0, "Typed.");
  document.receive("Typed.", 0);
  assert.equal(document.text, "Typed.");
  assert.equal(document.copy.hasUnsentEdits, false);
});

test("numbering goes on from a number the server kept for a recreated element", () => {
  const document = new Document();
  document.copy.lastSequence = 7;
  document.receive("Text", 7);
  document.type(4, "!");
  assert.equal(document.send(), 8);
});
