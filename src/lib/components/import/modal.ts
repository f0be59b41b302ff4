/**
 * Makes an open dialog modal for the keyboard as well as the mouse: everything outside it is
 * `inert` (Tab cannot reach it, nor a screen reader), and when it closes the focus goes back to
 * the control that opened it, or to `fallback` when that control is gone or was none (a drop).
 * Returns the undo, for an attachment's cleanup.
 */
export function holdFocus(dialog: HTMLElement, fallback: () => HTMLElement | null): () => void {
  const opener = dialog.ownerDocument.activeElement;
  const madeInert: HTMLElement[] = [];
  for (let node: HTMLElement = dialog; node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      madeInert.push(sibling);
    }
  }
  dialog.focus();
  return () => {
    for (const element of madeInert) element.inert = false;
    const back =
      opener instanceof HTMLElement && opener !== dialog.ownerDocument.body && opener.isConnected
        ? opener
        : fallback();
    back?.focus();
  };
}

/**
 * Where the focus goes while an import runs or after it stopped: Cancel while a step runs,
 * otherwise the first enabled footer button (Discard after a failed import), else the dialog, so
 * that Escape and Tab keep working when the button that had the focus was disabled.
 */
export function refocus(dialog: HTMLElement): void {
  const active = dialog.ownerDocument.activeElement;
  const lost =
    !(active instanceof HTMLElement) ||
    !dialog.contains(active) ||
    (active === dialog && parked.has(dialog)) ||
    (active instanceof HTMLButtonElement && active.disabled);
  if (!lost) return;
  const target =
    dialog.querySelector<HTMLElement>('[data-testid="import-cancel"]') ??
    dialog.querySelector<HTMLElement>('footer button:not(:disabled)');
  if (target) parked.delete(dialog);
  else parked.add(dialog);
  (target ?? dialog).focus();
}

/** Dialogs holding the focus only because no button could take it (all disabled, mid-import). */
const parked = new WeakSet<HTMLElement>();

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the dialog's last control goes to its first, Shift+Tab from its first to its last:
 * with the page inert the browser would otherwise pass through the document's end (<body>).
 */
export function cycleTab(dialog: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => !element.matches(':disabled') && element.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) {
    event.preventDefault();
    dialog.focus();
    return;
  }
  const active = dialog.ownerDocument.activeElement;
  const inside = active instanceof HTMLElement && active !== dialog && dialog.contains(active);
  if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}
