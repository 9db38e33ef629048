// The browser's copy of unsaved text, so a crash or a closed tab loses nothing the person typed.
// Storage can be full, disabled or tampered with: every access is guarded and checked.

export interface LocalDraft {
  text: string;
  /** the revision the text was written on (0 when not known) */
  base: number;
  /** when it was stored, in milliseconds since the epoch */
  savedAt: number;
}

const PREFIX = "quire-draft:";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // e.g. storage disabled for this site
  }
}

function isDraft(value: unknown): value is LocalDraft {
  const draft = value as LocalDraft | null;
  return typeof draft === "object" && draft !== null && typeof draft.text === "string"
    && Number.isInteger(draft.base) && Number.isFinite(draft.savedAt);
}

export function readDraft(key: string): LocalDraft | null {
  try {
    const stored = storage()?.getItem(PREFIX + key);
    const draft: unknown = stored ? JSON.parse(stored) : null;
    return isDraft(draft) ? { text: draft.text, base: draft.base, savedAt: draft.savedAt } : null;
  } catch {
    return null;
  }
}

/** Stores the draft; false when the browser refused (storage full or disabled). */
export function writeDraft(key: string, draft: LocalDraft): boolean {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
    return storage() !== null;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing stored, nothing to remove
  }
}
