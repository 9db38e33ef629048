import { redoDepth, undoDepth } from "@codemirror/commands";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { Compartment, EditorState, Prec, type Transaction, type TransactionSpec } from "@codemirror/state";
import { EditorView, keymap, type ViewUpdate } from "@codemirror/view";
import { minimalSetup } from "codemirror";
import { bold, italic, toolbarActions } from "./actions";
import { insertLink, togglePassageMark } from "./commands";
import { DraftKeeper } from "./draft-keeper";
import { Frame } from "./frame";
import { insertedText } from "./inserted-text";
import { editorTheme, markdownHighlighting } from "./theme";
import { Toolbar } from "./toolbar";
import { fromServer, ValueSync } from "./value-sync";

// taken over from the instance when they were set before the element was defined
const PROPERTIES = ["valueSequence", "acknowledgedSequence", "value", "accessibleName", "label", "draftKey",
  "baseRevision", "readonly", "disabled", "maxLength", "invalid", "errorMessage"] as const;

/**
 * `<quire-markdown-editor>`: CodeMirror 6 with a Markdown toolbar, in a shadow root.
 *
 * The server owns `value`: the element tells it about typing with `value-changed` (after a pause,
 * on blur, before `save-requested` and when the page is hidden), never in answer to a value the
 * server set. With a `draft-key`, every edit is also kept in local storage.
 */
export class QuireMarkdownEditor extends HTMLElement {
  static readonly observedAttributes = ["accessible-name", "label", "readonly", "disabled", "invalid",
    "error-message", "max-length", "draft-key"];

  readonly #editability = new Compartment();
  readonly #contentAttributes = new Compartment();
  readonly #toolbar = new Toolbar(toolbarActions, () => this.#view);
  readonly #frame: Frame;
  readonly #view: EditorView;
  readonly #sync: ValueSync;
  readonly #drafts: DraftKeeper;
  #upgraded = false;

  readonly #onVisibilityChange = () => {
    if (document.visibilityState === "hidden") this.#flush();
  };
  readonly #onPageHide = () => this.#flush();

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    this.#frame = new Frame(root, this.#toolbar.element);
    this.#toolbar.element.setAttribute("aria-controls", "content");
    this.#view = new EditorView({ root, parent: this.#frame.editor, state: this.#initialState() });
    this.#sync = new ValueSync(this.#view, (text) => {
      this.dispatchEvent(new CustomEvent("value-changed", { detail: { value: text } }));
    });
    this.#drafts = this.#draftKeeper();
    this.#view.contentDOM.addEventListener("blur", () => this.#flush());
    this.#frame.label.addEventListener("click", () => this.focus());
    root.addEventListener("keydown", (event) => this.#saveShortcut(event as KeyboardEvent));
    this.#refreshContentAttributes();
  }

  connectedCallback(): void {
    if (!this.#upgraded) {
      this.#upgraded = true;
      this.#takeOverEarlyProperties();
    }
    document.addEventListener("visibilitychange", this.#onVisibilityChange);
    window.addEventListener("pagehide", this.#onPageHide);
    this.#drafts.checkSoon();
  }

  disconnectedCallback(): void {
    document.removeEventListener("visibilitychange", this.#onVisibilityChange);
    window.removeEventListener("pagehide", this.#onPageHide);
    this.#flush();
  }

  attributeChangedCallback(name: string, previous: string | null): void {
    switch (name) {
      case "accessible-name":
      case "label":
        this.#frame.label.textContent = this.label;
        this.#refreshContentAttributes();
        break;
      case "readonly":
      case "disabled":
        this.#refreshEditability();
        break;
      case "invalid":
      case "error-message":
        this.#frame.showError(this.invalid ? this.errorMessage : "");
        this.#refreshContentAttributes();
        break;
      case "max-length":
        this.#frame.count(this.#view.state.doc.length, this.maxLength);
        break;
      case "draft-key":
        if (previous) this.#drafts.flush(previous);
        this.#drafts.checkSoon();
        break;
    }
  }

  get value(): string {
    return this.#sync.text();
  }

  /** A value from the server: replaces the text as one undoable step and keeps local typing. */
  set value(value: string | null | undefined) {
    this.#sync.received(String(value ?? ""));
  }

  /** The number of the last text sent with `value-changed`; the server synchronizes it with the value. */
  get valueSequence(): number {
    return this.#sync.lastSent;
  }

  set valueSequence(sequence: number) {
    this.#sync.lastSent = Number(sequence) || 0;
  }

  /** Set by the server with each value: the last `valueSequence` it had received then. */
  get acknowledgedSequence(): number {
    return this.#sync.acknowledged;
  }

  set acknowledgedSequence(sequence: number) {
    this.#sync.acknowledged = Number(sequence) || 0;
  }

  /** The text area's name for screen readers (default: the label, else "Markdown"). */
  get accessibleName(): string {
    return this.getAttribute("accessible-name") ?? "";
  }

  set accessibleName(name: string | null) {
    this.#reflect("accessible-name", name);
  }

  get label(): string {
    return this.getAttribute("label") ?? "";
  }

  set label(label: string | null) {
    this.#reflect("label", label);
  }

  /** Local storage key (after `quire-draft:`) of the draft; none: no draft is kept. */
  get draftKey(): string {
    return this.getAttribute("draft-key") ?? "";
  }

  set draftKey(key: string | null) {
    this.#reflect("draft-key", key);
  }

  /** The revision the text is based on; stored with each local draft. */
  get baseRevision(): number {
    return Number.parseInt(this.getAttribute("base-revision") ?? "", 10) || 0;
  }

  set baseRevision(revision: number | null) {
    this.#reflect("base-revision", revision);
  }

  /** Most characters the text may have (0: no limit). */
  get maxLength(): number {
    return Math.max(0, Number.parseInt(this.getAttribute("max-length") ?? "", 10) || 0);
  }

  set maxLength(length: number | null) {
    this.#reflect("max-length", length);
  }

  get readonly(): boolean {
    return this.hasAttribute("readonly");
  }

  set readonly(readonly: boolean) {
    this.toggleAttribute("readonly", Boolean(readonly));
  }

  get disabled(): boolean {
    return this.hasAttribute("disabled");
  }

  set disabled(disabled: boolean) {
    this.toggleAttribute("disabled", Boolean(disabled));
  }

  get invalid(): boolean {
    return this.hasAttribute("invalid");
  }

  set invalid(invalid: boolean) {
    this.toggleAttribute("invalid", Boolean(invalid));
  }

  get errorMessage(): string {
    return this.getAttribute("error-message") ?? "";
  }

  set errorMessage(message: string | null) {
    this.#reflect("error-message", message);
  }

  /**
   * Sends at once any text still waiting for a pause in typing. The server calls it before it
   * replaces a clean editor's text with someone else's revision, so text on its way is seen first.
   */
  sendPending(): void {
    this.#sync.flush();
  }

  /** Forgets the local draft (after the text was saved, or the person discarded the draft). */
  clearLocalDraft(): void {
    this.#drafts.clear();
  }

  override focus(): void {
    this.#view.focus();
  }

  override blur(): void {
    this.#view.contentDOM.blur();
  }

  #initialState(): EditorState {
    return EditorState.create({
      extensions: [
        minimalSetup,
        markdown({ base: markdownLanguage, extensions: [insertedText], completeHTMLTags: false }),
        EditorView.lineWrapping,
        editorTheme,
        markdownHighlighting,
        Prec.high(keymap.of([
          { key: "Mod-b", run: bold },
          { key: "Mod-i", run: italic },
          { key: "Mod-k", run: insertLink },
          { key: "Mod-Shift-.", run: togglePassageMark },
        ])),
        this.#editability.of([]),
        this.#contentAttributes.of([]),
        EditorState.transactionFilter.of((transaction) => this.#withinLimit(transaction)),
        EditorView.updateListener.of((update) => this.#updated(update)),
      ],
    });
  }

  #updated(update: ViewUpdate): void {
    let edited = false;
    for (const transaction of update.transactions) {
      if (transaction.docChanged && !transaction.annotation(fromServer)) {
        this.#sync.edited(transaction.changes);
        edited = true;
      }
    }
    if (edited) {
      this.#frame.announce("");
      this.#drafts.changed();
    }
    if (update.docChanged) this.#frame.count(update.state.doc.length, this.maxLength);
    const editable = !update.state.readOnly;
    this.#toolbar.setAllAvailable(editable);
    this.#toolbar.setAvailable("undo", editable && undoDepth(update.state) > 0);
    this.#toolbar.setAvailable("redo", editable && redoDepth(update.state) > 0);
  }

  /** Refuses typing or pasting that would take the text past max-length (deleting is always fine). */
  #withinLimit(transaction: Transaction): Transaction | readonly TransactionSpec[] {
    const limit = this.maxLength;
    const length = transaction.newDoc.length;
    if (limit === 0 || length <= limit || length <= transaction.startState.doc.length
      || transaction.annotation(fromServer)) {
      return transaction;
    }
    this.#frame.limitReached(limit);
    return [];
  }

  /** Sends and stores now whatever is waiting. */
  #flush(): void {
    this.#drafts.flush();
    this.#sync.flush();
  }

  #saveShortcut(event: KeyboardEvent): void {
    const isSave = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
      && event.key.toLowerCase() === "s";
    if (!isSave) return;
    // the browser's save dialog never opens, and a page-wide Ctrl+S shortcut does not fire as well
    event.preventDefault();
    event.stopPropagation();
    if (event.repeat || this.readonly || this.disabled) return;
    this.#flush();
    this.dispatchEvent(new CustomEvent("save-requested"));
  }

  #refreshEditability(): void {
    const locked = this.readonly || this.disabled;
    this.#view.dispatch({
      effects: this.#editability.reconfigure([EditorState.readOnly.of(locked), EditorView.editable.of(!locked)]),
    });
    this.#refreshContentAttributes();
  }

  #refreshContentAttributes(): void {
    const attributes: Record<string, string> = {
      id: "content",
      "aria-label": this.accessibleName || this.label || "Markdown",
    };
    if (this.readonly || this.disabled) attributes["aria-readonly"] = "true";
    if (this.readonly && !this.disabled) attributes.tabindex = "0"; // still reachable for reading
    if (this.invalid) {
      attributes["aria-invalid"] = "true";
      attributes["aria-describedby"] = "error";
    }
    this.#view.dispatch({
      effects: this.#contentAttributes.reconfigure(EditorView.contentAttributes.of(attributes)),
    });
  }

  #draftKeeper(): DraftKeeper {
    const element = this;
    return new DraftKeeper({
      get draftKey() {
        return element.draftKey;
      },
      get baseRevision() {
        return element.baseRevision;
      },
      get isConnected() {
        return element.isConnected;
      },
      text: () => this.value,
      found: (draft) => this.dispatchEvent(new CustomEvent("local-draft-found", { detail: draft })),
      announce: (message) => this.#frame.announce(message),
    });
  }

  #reflect(attribute: string, value: string | number | null | undefined): void {
    if (value === null || value === undefined || value === "") {
      this.removeAttribute(attribute);
    } else {
      this.setAttribute(attribute, String(value));
    }
  }

  /** Properties set before this element was defined sit on the instance and hide the accessors. */
  #takeOverEarlyProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const property of PROPERTIES) {
      if (Object.hasOwn(this, property)) {
        const value = self[property];
        delete self[property];
        self[property] = value;
      }
    }
  }
}
