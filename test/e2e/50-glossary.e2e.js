// Workspace glossary files in the real workbench, from the installed VSIX: adding a term from a
// selection with the command, writing its definition, the term hovering at once, and the sidebar's
// origin filter with the link that opens the definition in its file.
'use strict';
const fs = require('fs');
const path = require('path');
const { until } = require('../harness/workbench');

const NOTE = 'glossary-notes.md';
const DEFINITION = 'A gauge our team reads before each training run.';

/** The glossary file's text on disk, or '' while it does not exist. */
function glossaryOnDisk(ctx) {
  try {
    return fs.readFileSync(path.join(ctx.workspace, '.vscode', 'ai-safety-glossary.json'), 'utf8');
  } catch {
    return '';
  }
}

/** The sidebar webview frame whose glossary lists the term `id` (the page itself shows it in the editor too). */
async function sidebarWithTerm(ctx, id, timeout = 45000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    for (const frame of ctx.page.frames()) {
      const has = await frame.evaluate((termId) => !!document.querySelector(`#term-list a[data-term="${termId}"]`), id).catch(() => false);
      if (has) return frame;
    }
    await ctx.page.waitForTimeout(250);
  }
  throw new Error(`no sidebar frame lists ${id}`);
}

/** Texts of the visible term rows in the glossary list. */
function visibleTerms(frame) {
  return frame.$$eval('#term-list .term-item', (items) => items.filter((li) => !li.hidden).map((li) => li.querySelector('.term-name').textContent));
}

module.exports = [
  {
    name: 'Add Term to Workspace Glossary takes the selection, opens the file on the definition, and the saved term hovers',
    timeout: 150000,
    async run(ctx) {
      fs.writeFileSync(path.join(ctx.workspace, NOTE), '# Run notes\n\nThe Embergauge was high again today.\n');
      // Written behind the workbench's back: refresh the explorer rather than wait for its watcher.
      await ctx.runCommand('Refresh Explorer');
      await ctx.openFile(NOTE, 'Embergauge');
      // Select the word the way a person does: double-click it.
      let at = null;
      await until(ctx, async () => (at = await ctx.page.evaluate(() => {
        for (const span of document.querySelectorAll('.monaco-editor .view-lines .view-line span span')) {
          const i = span.textContent.indexOf('Embergauge');
          if (i < 0 || !span.firstChild) continue;
          const r = document.createRange();
          r.setStart(span.firstChild, i + 3);
          r.setEnd(span.firstChild, i + 5);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        return null;
      })), 'the word is on screen');
      await ctx.page.mouse.dblclick(at.x, at.y);
      await until(ctx, async () => /\(10 selected\)/.test(await ctx.page.locator('.statusbar').innerText()), 'the word is selected');
      // The command palette by hand: ctx.runCommand presses Escape first, which would drop the selection.
      await ctx.page.keyboard.press('F1');
      await ctx.page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
      await ctx.page.keyboard.type('AI Safety: Add Term to Workspace Glossary');
      await ctx.page.waitForFunction(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
        .some((r) => (r.getAttribute('aria-label') || '').includes('Add Term to Workspace Glossary')), undefined, { timeout: 15000 });
      await ctx.page.keyboard.press('Enter');
      await ctx.page.waitForSelector('.tab.active[aria-label*="ai-safety-glossary.json"]', { timeout: 30000 });
      await until(ctx, () => /"term": "Embergauge"/.test(glossaryOnDisk(ctx)), 'the entry is in the file on disk');
      if (!/"\$schema": "ai-safety-annotations:\/ai-safety-glossary\.schema\.json"/.test(glossaryOnDisk(ctx))) throw new Error(`no $schema line:\n${glossaryOnDisk(ctx)}`);
      await ctx.page.waitForSelector('.monaco-editor.focused .view-lines:has-text("Embergauge")', { timeout: 20000 });
      // The cursor is inside the definition's quotes: typing fills it in.
      await ctx.page.keyboard.type(DEFINITION);
      await ctx.page.keyboard.press('Control+S');
      await until(ctx, () => glossaryOnDisk(ctx).includes(`"definition": "${DEFINITION}"`), 'the definition is saved');
      await ctx.shot('glossary-file', ctx.page.locator('.monaco-editor .view-lines', { hasText: DEFINITION }));
      await ctx.openFile(NOTE, 'Embergauge');
      const text = await ctx.hover('Embergauge', /before each training run/);
      if (!text) throw new Error('the new term does not hover');
    },
  },
  {
    name: 'the sidebar marks the workspace term, filters by origin, and its card opens the definition in the file',
    timeout: 120000,
    async run(ctx) {
      // Open the AI Safety container from the activity bar, as a person would.
      const icon = ctx.page.locator('.activitybar .action-item [aria-label^="AI Safety"]').first();
      await icon.waitFor({ timeout: 30000 });
      await ctx.page.mouse.move(700, 450);
      await ctx.page.keyboard.press('Escape');
      const checked = await icon.evaluate((el) => (el.closest('.action-item') || el).classList.contains('checked') || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-expanded') === 'true');
      if (!checked) await icon.click();
      const frame = await sidebarWithTerm(ctx, 'embergauge', 30000).catch(() => null);
      if (!frame) throw new Error('the sidebar never listed the workspace term');
      await frame.click('#tab-glossary');
      await frame.waitForSelector('#origin-filter', { state: 'visible' });
      const all = (await visibleTerms(frame)).length;
      const origin = await frame.$eval('#term-list a[data-term="embergauge"] .term-origin', (s) => s.textContent);
      if (origin !== '.vscode/ai-safety-glossary.json') throw new Error(`the row's origin says "${origin}"`);
      await frame.selectOption('#origin-filter', '.vscode/ai-safety-glossary.json');
      await frame.waitForFunction(() => [...document.querySelectorAll('#term-list .term-item')].filter((li) => !li.hidden).length === 1);
      const shown = await visibleTerms(frame);
      if (shown.join() !== 'Embergauge') throw new Error(`filtered to the file, the list shows ${shown.join(', ')}`);
      const count = await frame.$eval('#search-count', (p) => p.textContent);
      if (count !== `1 of ${all} terms match`) throw new Error(`result count says "${count}"`);
      await ctx.shot('glossary-origin', frame.locator('#term-list a[data-term="embergauge"]'));
      await frame.selectOption('#origin-filter', 'built-in');
      await frame.waitForFunction(() => [...document.querySelectorAll('#term-list .term-item')].filter((li) => !li.hidden).length > 1);
      const builtins = await visibleTerms(frame);
      if (builtins.includes('Embergauge') || builtins.length !== all - 1) throw new Error(`built-in filter shows ${builtins.length} of ${all}`);
      await frame.selectOption('#origin-filter', '.vscode/ai-safety-glossary.json');
      await frame.click('#term-list a[data-term="embergauge"]');
      await frame.waitForSelector('#card-embergauge', { state: 'visible' });
      // The notes file is the active editor (the check before ends there): the link brings the glossary file forward.
      await ctx.page.waitForSelector('.tab.active[aria-label*="glossary-notes.md"]', { timeout: 10000 });
      await frame.click('#card-embergauge [data-command="openTermSource"]');
      await ctx.page.waitForSelector('.tab.active[aria-label*="ai-safety-glossary.json"]', { timeout: 20000 });
      await frame.selectOption('#origin-filter', '').catch(() => {});
    },
  },
];
