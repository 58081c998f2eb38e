// The German pass: VS Code runs with the display language German (code-server --locale de). No
// language pack can be installed offline, so VS Code's own UI stays English; ours must be German:
// the manifest's command titles and view names (package.nls.de.json) and the code's strings
// (l10n/bundle.l10n.de.json), including the sidebar's, which the host hands to the webview.
'use strict';

/** The same start as the English pass: the VSIX is installed and the extension has activated. */
const [activates] = require('../00-activation.e2e.js');

/** Opens the AI Safety container from the activity bar (a no-op click if it is already open). */
async function openContainer(ctx) {
  const icon = ctx.page.locator('.activitybar .action-item [aria-label^="AI Safety"]').first();
  await icon.waitFor({ timeout: 30000 });
  const checked = await icon.evaluate((el) => (el.closest('.action-item') || el).classList.contains('checked') || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-expanded') === 'true');
  if (!checked) await icon.click();
}

module.exports = [
  activates,
  {
    name: 'the command palette lists the German command titles, and "Begriff in der Erklärung anzeigen…" asks in German',
    async run(ctx) {
      const { page } = ctx;
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
      // The palette's list is virtualised: filter for each title in turn.
      for (const title of ['AI Safety: Erklärung öffnen', 'AI Safety: Begriff in der Erklärung anzeigen…', 'AI Safety: Mesa-Optimization mit LLM erklären']) {
        await page.fill('.quick-input-widget input', `>${title}`);
        await page.waitForFunction((t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
          .some((r) => (r.getAttribute('aria-label') || '').includes(t)), title, { timeout: 15000 }).catch(async () => {
          const labels = await page.$$eval('.quick-input-list .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label')));
          throw new Error(`the palette lacks "${title}"; it shows: ${labels.join(' | ')}`);
        });
      }
      await page.keyboard.press('Escape');

      // A command's own prompt comes from the code's bundle (vscode.l10n.t).
      await ctx.runCommand('AI Safety: Begriff in der Erklärung anzeigen');
      // The picker is open once its (German) title is shown; then its placeholder is ours.
      await page.waitForFunction(() => (document.querySelector('.quick-input-widget .quick-input-title')?.textContent || '')
        .includes('AI Safety: Begriff in der Erklärung anzeigen'), undefined, { timeout: 10000 });
      const placeholder = await page.$eval('.quick-input-widget input', (input) => input.getAttribute('placeholder'));
      await page.keyboard.press('Escape');
      if (placeholder !== 'Begriff nach Name, Alias oder Definition suchen') {
        throw new Error(`the term picker's placeholder is not German: "${placeholder}"`);
      }
    },
  },
  {
    name: 'the sidebar shows German view names, tabs and card labels around the English glossary text',
    async run(ctx) {
      const { page } = ctx;
      await openContainer(ctx);
      await page.locator('.pane-header', { hasText: /Erklärung/i }).first().waitFor({ timeout: 30000 });
      const frame = await ctx.webviewFrame('What is mesa-optimization?');
      const tabs = await frame.$$eval('[role="tab"] .tab-label', (ls) => ls.map((l) => l.textContent));
      if (tabs.join() !== 'Erklärung,Glossar,Antworten') throw new Error(`tab labels: ${tabs.join(', ')}`);
      const lang = await frame.evaluate(() => document.documentElement.lang);
      if (!/^de/.test(lang)) throw new Error(`the page's lang is "${lang}", not German`);

      await frame.click('#tab-glossary');
      await frame.waitForSelector('#search', { state: 'visible' });
      const placeholder = await frame.$eval('#search', (i) => i.getAttribute('placeholder'));
      if (placeholder !== 'Begriffe, Aliasse, Definitionen filtern') throw new Error(`search placeholder: "${placeholder}"`);
      // The count is written by the webview script from the host's strings.
      await frame.locator('#search').pressSequentially('mesa', { delay: 30 });
      await frame.waitForFunction(() => /^\d+ von \d+ Begriffen gefunden$/.test(document.getElementById('search-count').textContent), undefined, { timeout: 10000 })
        .catch(async () => { throw new Error(`result count: "${await frame.$eval('#search-count', (p) => p.textContent)}"`); });

      await frame.click('#term-list a[data-term="mesa-optimizer"]');
      await frame.waitForSelector('#card-mesa-optimizer', { state: 'visible', timeout: 15000 });
      const card = await frame.$eval('#card-mesa-optimizer', (c) => ({
        title: c.querySelector('.card-title').textContent,
        headings: [...c.querySelectorAll('h3')].map((h) => h.textContent),
        lead: c.querySelector('.source .label')?.textContent,
        button: c.querySelector('[data-command="explainTerm"]').textContent,
      }));
      // The term keeps its English name; the labels around it are German.
      if (card.title !== 'Mesa-optimizer') throw new Error(`card title: ${card.title}`);
      for (const h of ['Erläuterung', 'Quelle']) if (!card.headings.includes(h)) throw new Error(`card headings lack "${h}": ${card.headings.join(', ')}`);
      if (!['Geprägt in', 'Siehe'].includes(card.lead)) throw new Error(`source lead: ${card.lead}`);
      if (card.button !== 'Mit LLM erklären') throw new Error(`card button: ${card.button}`);
      await page.mouse.move(700, 450);
      await ctx.shot('sidebar-de', frame.locator('#card-mesa-optimizer .card-title'));
    },
  },
  {
    name: 'the hover labels its links in German',
    async run(ctx) {
      await ctx.openFile('notes.md', 'mesa-optimizer');
      const text = await ctx.hover('mesa-optimizer', /In der Erklärung öffnen/);
      if (!/Mit LLM erklären/.test(text)) throw new Error(`hover lacks the German explain link: ${text}`);
    },
  },
];
