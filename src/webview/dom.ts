/** Small DOM helpers shared by the webview's views. */

/** The element with `id`; the page is built by the host, so a missing one is a bug worth a clear error. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) {
    throw new Error(`The explainer page lacks #${id}.`);
  }
  return node as T;
}

/** A codicon glyph, hidden from screen readers (the control around it carries the label). */
export function codicon(name: string): HTMLElement {
  const node = document.createElement('span');
  node.className = `codicon codicon-${name}`;
  node.setAttribute('aria-hidden', 'true');
  return node;
}
