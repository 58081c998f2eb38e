/**
 * Links and command buttons anywhere in the page. Handled here and stopped, so the webview host
 * never opens a link itself: glossary links open cards, https links go to the host (which checks
 * them again), command buttons send one of the allowed commands.
 */
import type { WebviewToHost } from '../views/protocol';
import { isHttpsUrl } from '../core/url';

/**
 * Listens for clicks on links and `[data-command]` buttons, and lets Space activate links.
 * @param openCard opens a glossary card the reader chose.
 * @param post sends a message to the host.
 */
export function handleLinks(openCard: (id: string) => void, post: (message: WebviewToHost) => void): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const command = target?.closest<HTMLElement>('[data-command]');
    if (command) {
      const name = command.dataset.command;
      if (name === 'explainWithLlm') {
        post({ type: 'runCommand', command: 'explainWithLlm' });
      } else if (name === 'explainTerm' && command.dataset.term) {
        post({ type: 'runCommand', command: 'explainTerm', termId: command.dataset.term });
      } else if (name === 'openTermSource' && command.dataset.term) {
        post({ type: 'openTermSource', termId: command.dataset.term });
      }
      return;
    }
    const link = target?.closest<HTMLAnchorElement>('a');
    if (!link) {
      return;
    }
    const term = link.dataset.term;
    if (term) {
      event.preventDefault();
      event.stopPropagation();
      openCard(term);
      return;
    }
    const href = link.dataset.url ?? (link.classList.contains('external-link') ? link.getAttribute('href') : null);
    if (href !== null) {
      event.preventDefault();
      event.stopPropagation();
      if (isHttpsUrl(href)) {
        post({ type: 'openExternal', url: href });
      }
    }
  });

  // Space activates links too, like buttons.
  document.addEventListener('keydown', (event) => {
    if (event.key === ' ' && event.target instanceof HTMLAnchorElement && (event.target.dataset.term || event.target.dataset.url)) {
      event.preventDefault();
      event.target.click();
    }
  });
}
