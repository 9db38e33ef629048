import { hostStyles } from "./theme";

const numberFormat = new Intl.NumberFormat();
const COUNTER_FROM = 0.9; // share of the limit from which the counter shows

function part(tag: string, className: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * The element's shadow DOM around CodeMirror: a visible label, the box holding toolbar and text,
 * a status line (polite announcements, and a character counter near the limit) and the error
 * message. Ids are local to the shadow root, so `aria-describedby="error"` works in there.
 */
export class Frame {
  /** where CodeMirror goes */
  readonly editor = part("div", "editor");
  readonly label = part("div", "label", { id: "label", part: "label" });
  private readonly status = part("span", "status", { role: "status" });
  private readonly counter = part("span", "counter");
  private readonly error = part("div", "error", { id: "error", part: "error-message", role: "alert" });

  constructor(root: ShadowRoot, toolbar: HTMLElement) {
    const style = document.createElement("style");
    style.textContent = hostStyles;
    const box = part("div", "box");
    box.append(toolbar, this.editor);
    const footer = part("div", "footer");
    footer.append(this.status, this.counter);
    root.append(style, this.label, box, footer, this.error);
  }

  announce(message: string): void {
    if (this.status.textContent !== message) this.status.textContent = message;
  }

  limitReached(limit: number): void {
    this.announce(`Not added: the text can have at most ${numberFormat.format(limit)} characters.`);
  }

  /** Shows "n of limit characters" once the text is near its limit (a limit of 0: none). */
  count(length: number, limit: number): void {
    const shown = limit > 0 && length >= limit * COUNTER_FROM;
    this.counter.textContent = shown ? `${numberFormat.format(length)} of ${numberFormat.format(limit)} characters` : "";
    this.counter.classList.toggle("full", shown && length >= limit);
  }

  showError(message: string): void {
    this.error.textContent = message;
  }
}
