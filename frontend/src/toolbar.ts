import type { Command, EditorView } from "@codemirror/view";

/** One toolbar button: `keys` is its shortcut in KeyboardEvent terms, e.g. "Mod+B". */
export interface ToolbarAction {
  name: string;
  label: string;
  icon: string;
  run: Command;
  keys?: string;
  /** starts a new group, shown after a thin separator */
  group?: boolean;
}

const MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

function shortcutText(keys: string): string {
  return MAC ? keys.replace("Mod+", "⌘").replace("Shift+", "⇧") : keys.replace("Mod+", "Ctrl+");
}

function ariaKeys(keys: string): string {
  return keys.replace("Mod+", MAC ? "Meta+" : "Control+");
}

/**
 * A toolbar in the ARIA sense: one tab stop, arrow keys (and Home, End) move between buttons.
 * Buttons never take focus on a mouse press, so the editor keeps its selection, and focus
 * returns to the text after a button ran.
 */
export class Toolbar {
  readonly element: HTMLElement;
  private readonly buttons: HTMLButtonElement[] = [];

  constructor(actions: ToolbarAction[], private readonly view: () => EditorView) {
    this.element = document.createElement("div");
    this.element.setAttribute("role", "toolbar");
    this.element.setAttribute("aria-label", "Formatting");
    for (const action of actions) {
      if (action.group && this.buttons.length > 0) {
        const separator = document.createElement("span");
        separator.className = "separator";
        this.element.append(separator);
      }
      this.element.append(this.button(action));
    }
    this.buttons[0].tabIndex = 0;
    this.element.addEventListener("keydown", (event) => this.move(event));
  }

  /** Marks a button unavailable (it stays focusable, as ARIA toolbars expect). */
  setAvailable(name: string, available: boolean): void {
    const button = this.buttons.find((candidate) => candidate.dataset.action === name);
    if (button) Toolbar.mark(button, available);
  }

  setAllAvailable(available: boolean): void {
    for (const button of this.buttons) Toolbar.mark(button, available);
  }

  private static mark(button: HTMLButtonElement, available: boolean): void {
    const disabled = String(!available);
    if (button.getAttribute("aria-disabled") !== disabled) button.setAttribute("aria-disabled", disabled);
  }

  private button(action: ToolbarAction): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.tabIndex = -1;
    button.dataset.action = action.name;
    button.setAttribute("aria-label", action.label);
    button.setAttribute("aria-disabled", "false");
    button.title = action.keys ? `${action.label} (${shortcutText(action.keys)})` : action.label;
    if (action.keys) button.setAttribute("aria-keyshortcuts", ariaKeys(action.keys));
    button.innerHTML = action.icon; // icons are constants of this bundle, never user text
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => {
      this.focusOn(button, false);
      if (button.getAttribute("aria-disabled") !== "true" && action.run(this.view())) {
        this.view().focus();
      }
    });
    this.buttons.push(button);
    return button;
  }

  private move(event: KeyboardEvent): void {
    const current = this.buttons.findIndex((button) => button.tabIndex === 0);
    const last = this.buttons.length - 1;
    const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    this.focusOn(this.buttons[(target + this.buttons.length) % this.buttons.length], true);
  }

  private focusOn(button: HTMLButtonElement, focus: boolean): void {
    for (const other of this.buttons) other.tabIndex = other === button ? 0 : -1;
    if (focus) button.focus();
  }
}
