import { undoDepth } from "@codemirror/commands";
import { Annotation, Transaction, type ChangeSet } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { ServerCopy } from "./server-copy";

/** Marks the transactions that carry a value from the server, so they are not sent back. */
export const fromServer = Annotation.define<boolean>();

const PAUSE_MS = 300;
const AT_LEAST_EVERY_MS = 3000;

/**
 * The text's way to and from the server. Local edits are sent (through `send`, which dispatches
 * `value-changed`) after a pause in typing, during long typing every few seconds, and at once on
 * `flush`. A server value is applied once the server's whole answer has arrived, because it comes
 * with the number of the last text the server had received (`acknowledged`).
 */
export class ValueSync {
  private readonly copy = new ServerCopy();
  private incoming: string | null = null;
  private timer = 0;
  private firstUnsentAt = 0;
  acknowledged = 0;

  constructor(private readonly view: EditorView, private readonly send: (text: string) => void) {}

  get lastSent(): number {
    return this.copy.lastSequence;
  }

  set lastSent(sequence: number) {
    this.copy.lastSequence = sequence;
  }

  /** The document, with any server value that is still on its way applied first. */
  text(): string {
    this.applyIncoming();
    return this.view.state.doc.toString();
  }

  edited(changes: ChangeSet): void {
    this.copy.edited(changes);
    this.schedule();
  }

  received(text: string): void {
    this.incoming = text.replace(/\r\n?/g, "\n");
    queueMicrotask(() => this.applyIncoming());
  }

  /** Sends now whatever is waiting. */
  flush(): void {
    if (this.timer || this.copy.hasUnsentEdits) this.sendNow();
  }

  private applyIncoming(): void {
    if (this.incoming === null) return;
    const text = this.incoming;
    this.incoming = null;
    const state = this.view.state;
    const changes = this.copy.received(text, this.acknowledged, state.doc.toString());
    if (!changes.empty) {
      // the first value is where editing starts, not a step to undo
      const first = state.doc.length === 0 && undoDepth(state) === 0;
      this.view.dispatch({ changes, annotations: [fromServer.of(true), Transaction.addToHistory.of(!first)] });
    }
    if (this.copy.overtaken) {
      this.sendNow(); // texts sent earlier reach the server after its value: supersede them at once
    } else if (this.copy.hasUnsentEdits) {
      this.schedule();
    } else {
      this.cancel();
    }
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.timer) this.firstUnsentAt = now;
    window.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(PAUSE_MS, this.firstUnsentAt + AT_LEAST_EVERY_MS - now));
    this.timer = window.setTimeout(() => this.sendNow(), wait);
  }

  private cancel(): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
  }

  private sendNow(): void {
    this.cancel();
    const text = this.text();
    if (this.copy.differsFrom(text)) {
      this.copy.sending(text);
      this.send(text);
    }
  }
}
