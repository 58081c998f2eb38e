/** Small DOM helpers shared by the webview's views. */
import type { ExplainerStrings } from '../views/uiStrings';

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

let strings: ExplainerStrings | undefined;

/**
 * The page's words in the display language, which the host put in `<meta name="ui-strings">`: the script
 * has no English of its own.
 */
export function uiStrings(): ExplainerStrings {
  strings ??= JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="ui-strings"]')?.content ?? '{}') as ExplainerStrings;
  return strings;
}
