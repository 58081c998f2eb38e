// "Terms in This File" in the real workbench, from the installed VSIX: the view lists the active
// editor's terms and clicking an occurrence reveals it in the editor.
'use strict';

/** Opens the AI Safety container and expands the "Terms in This File" pane; returns the pane. */
async function termsPane(ctx) {
  const { page } = ctx;
  const icon = page.locator('.activitybar .action-item [aria-label^="AI Safety"]').first();
  await icon.waitFor({ timeout: 30000 });
  const header = page.locator('.pane-header', { hasText: 'Terms in This File' }).first();
  if (!(await header.isVisible().catch(() => false))) await icon.click();
  await header.waitFor({ state: 'visible', timeout: 30000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page.locator('.pane', { has: header }).first();
}

module.exports = [
  {
    name: 'clicking a row in "Terms in This File" reveals the occurrence in the editor',
    timeout: 120000,
    async run(ctx) {
      const { page } = ctx;
      await ctx.openFile('notes.md', 'mesa-optimizer');
      const pane = await termsPane(ctx);
      // Collapse the explainer above for the picture (restored at the end), so the view has the sidebar.
      const explainer = page.locator('.pane-header', { hasText: 'Explainer' }).first();
      const explainerOpen = (await explainer.getAttribute('aria-expanded')) === 'true';
      if (explainerOpen) await explainer.click();
      const term = pane.locator('.monaco-list-row', { hasText: 'Mesa-optimizer' }).first();
      await term.waitFor({ state: 'visible', timeout: 30000 });
      const text = await term.innerText();
      if (!/2\s*·\s*\S+/.test(text)) throw new Error(`the term row lacks "2 · <definition>": ${text}`);
      if ((await term.getAttribute('aria-expanded')) !== 'true') await term.click();
      const line8 = pane.locator('.monaco-list-row', { hasText: 'Line 8' }).first();
      await line8.waitFor({ state: 'visible', timeout: 15000 });
      await ctx.shot('terms-in-file', line8);
      await line8.click();
      // The editor selects the occurrence: the status bar shows line 8 with the 14 characters selected.
      await page.waitForFunction(() => /Ln 8, Col \d+ \(14 selected\)/.test(document.querySelector('#status\\.editor\\.selection')?.textContent || ''), null, { timeout: 15000 })
        .catch(async () => {
          const status = await page.evaluate(() => document.querySelector('#status\\.editor\\.selection')?.textContent);
          throw new Error(`the editor did not reveal line 8's mesa-optimizer (status: ${status})`);
        });
      if (explainerOpen && (await explainer.getAttribute('aria-expanded')) !== 'true') await explainer.click();
      await ctx.runCommand('View: Close All Editors');
    },
  },
];
