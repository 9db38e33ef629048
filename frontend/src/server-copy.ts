import { ChangeSet } from "@codemirror/state";

/** The smallest single replacement turning `from` into `to` (common start and end kept). */
export function replacement(from: string, to: string): { from: number; to: number; insert: string } {
  const shorter = Math.min(from.length, to.length);
  let start = 0;
  while (start < shorter && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  return { from: start, to: endFrom, insert: to.slice(start, endTo) };
}

/** A text the server has, or was sent, and the local edits made on top of it since. */
interface Snapshot {
  sequence: number;
  text: string;
  editsSince: ChangeSet;
}

/**
 * What the server has of the text. Each text sent gets a sequence number; the server answers a
 * value it sets with the last sequence number it had received. So when a server value arrives
 * the element knows which text it was made from, lays the server's change over every local edit
 * made since (typing is never lost), and knows whether texts sent meanwhile will reach the
 * server after that value (and must be superseded by sending the document again).
 */
export class ServerCopy {
  private sequence = 0;
  private resend = false;
  // [0]: the text the server is known to have; then texts sent since, oldest first
  private snapshots: Snapshot[] = [{ sequence: 0, text: "", editsSince: ChangeSet.empty(0) }];

  /** Whether the document holds something the server has not been sent. */
  differsFrom(document: string): boolean {
    return this.resend || document !== this.snapshots[this.snapshots.length - 1].text;
  }

  /** Whether texts sent before the last server value will reach the server after it. */
  get overtaken(): boolean {
    return this.resend;
  }

  get hasUnsentEdits(): boolean {
    return !this.snapshots[this.snapshots.length - 1].editsSince.empty;
  }

  /** The number of the last text sent (it survives the element being recreated by the server). */
  get lastSequence(): number {
    return this.sequence;
  }

  set lastSequence(sequence: number) {
    this.sequence = Math.max(this.sequence, sequence);
  }

  /** A local edit of the document. */
  edited(changes: ChangeSet): void {
    for (const snapshot of this.snapshots) snapshot.editsSince = snapshot.editsSince.compose(changes);
  }

  /** The document is being sent: returns its sequence number. */
  sending(document: string): number {
    this.sequence = Math.max(this.sequence, this.snapshots[0].sequence) + 1;
    this.resend = false;
    this.snapshots.push({ sequence: this.sequence, text: document, editsSince: ChangeSet.empty(document.length) });
    return this.sequence;
  }

  /**
   * The server set `text` after receiving the texts sent up to `seen`. Returns the change that
   * brings the document there with all local edits kept.
   */
  received(text: string, seen: number, document: string): ChangeSet {
    let base = 0;
    this.snapshots.forEach((snapshot, index) => {
      if (snapshot.sequence <= seen) base = index;
    });
    // texts sent after `seen` reach the server after this value and would replace it there
    this.resend = base < this.snapshots.length - 1;
    const { text: baseText, editsSince } = this.snapshots[base];
    if (text === document) {
      this.snapshots = [{ sequence: seen, text, editsSince: ChangeSet.empty(text.length) }];
      return ChangeSet.empty(document.length);
    }
    const theirs = ChangeSet.of(replacement(baseText, text), baseText.length);
    this.snapshots = [{ sequence: seen, text, editsSince: editsSince.map(theirs, true) }];
    return theirs.map(editsSince);
  }
}
