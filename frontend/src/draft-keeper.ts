import { readDraft, removeDraft, writeDraft, type LocalDraft } from "./local-draft";

/** What the keeper needs of its element. */
export interface DraftOwner {
  readonly draftKey: string;
  readonly baseRevision: number;
  readonly isConnected: boolean;
  text(): string;
  found(draft: LocalDraft): void;
  announce(message: string): void;
}

const DELAY_MS = 100;

/**
 * Keeps the element's text in local storage at most 100 ms behind typing, and reports a stored
 * draft that differs from the text once per draft key.
 */
export class DraftKeeper {
  private timer = 0;
  private checkedFor: string | null = null;
  private refusalShown = false;

  constructor(private readonly owner: DraftOwner) {}

  changed(): void {
    if (this.owner.draftKey && !this.timer) {
      this.timer = window.setTimeout(() => this.write(this.owner.draftKey), DELAY_MS);
    }
  }

  /** Stores now what is waiting, under `key` (the previous one when the key is changing). */
  flush(key: string = this.owner.draftKey): void {
    if (this.timer) this.write(key);
  }

  clear(): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
    if (this.owner.draftKey) removeDraft(this.owner.draftKey);
  }

  /** Looks for a draft once the properties of the server's current answer have all arrived. */
  checkSoon(): void {
    window.setTimeout(() => {
      const key = this.owner.draftKey;
      if (!this.owner.isConnected || !key || key === this.checkedFor) return;
      this.checkedFor = key;
      const draft = readDraft(key);
      if (draft && draft.text !== this.owner.text()) this.owner.found(draft);
    });
  }

  private write(key: string): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
    if (!key) return;
    const stored = writeDraft(key, { text: this.owner.text(), base: this.owner.baseRevision, savedAt: Date.now() });
    if (!stored && !this.refusalShown) {
      this.refusalShown = true;
      this.owner.announce("This browser is not keeping a local copy of your text: its storage is full or turned off.");
    }
  }
}
