// The walkthrough in the real workbench, from the installed VSIX: opened through the command palette
// (Welcome: Open Walkthrough… then ours), its title and steps, the first step's button opening the
// sample note beside it, and a hover there checking the step off. Then each step's media, in the dark
// and the light theme, for a person to look at (test-results/screenshots/walkthrough-*.png). Last, the
// steps in a window with no folder open.
'use strict';
const path = require('path');
const { createWorkbenchContext, until } = require('../harness/workbench');
const TITLE = 'Get started with AI Safety Annotations';
const STEPS = ['Hover a term', 'Open the explainer', 'Add a term to your glossary', 'Explain a term with a model'];
/** Each step's id and the id of its SVG's <title> (so the shot waits for that step's own media). */
const STEP_MEDIA = [['hoverTerm', 'hover-title'], ['openExplainer', 'explainer-title'], ['addTerm', 'glossary-title'], ['explainTerm', 'explain-title']];
const SOURCE = /Risks from Learned Optimization/;

/** The step's row in the walkthrough page (its id ends with `#<step id>`). */
const stepRow = (ctx, id) => ctx.page.locator(`.gettingStartedContainer button.getting-started-step[data-step-id$="#${id}"]`);

/** Whether the walkthrough shows step `id` as done. */
const stepDone = (ctx, id) => stepRow(ctx, id).first().getAttribute('aria-checked').then((v) => v === 'true', () => false);

/** Closes every editor (earlier checks leave some open, maybe in a second group). */
async function closeAllEditors(ctx) {
  await ctx.runCommand('View: Close All Editors');
}

/** Opens our walkthrough the way a person does: F1, "Welcome: Open Walkthrough…", then its title. */
async function openWalkthrough(ctx) {
  await ctx.runCommand('Welcome: Open Walkthrough');
  // The palette's entry opens a second pick: the walkthroughs of every extension.
  const row = ctx.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: TITLE }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
  await ctx.page.locator('.gettingStartedContainer', { hasText: TITLE }).first().waitFor({ timeout: 30000 });
}

/** Expands step `id` (a click on its row) unless it already is. */
async function selectStep(ctx, id) {
  const row = stepRow(ctx, id).first();
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await until(ctx, async () => (await row.getAttribute('aria-expanded')) === 'true', `step ${id} is expanded`, 10000);
}

/** The step's media (our SVG, in a webview frame) once painted, as a screenshot named `name`. */
async function mediaShot(ctx, titleId, name) {
  await until(ctx, async () => {
    for (const frame of ctx.page.frames()) {
      const laidOut = await frame.evaluate((id) => {
        const svg = document.getElementById(id)?.closest('svg');
        return !!svg && svg.getBoundingClientRect().width > 100;
      }, titleId).catch(() => false);
      if (laidOut) return true;
    }
    return false;
  }, `the step's SVG (#${titleId}) is rendered`, 20000);
  await ctx.shot(name, ctx.page.locator('.gettingStartedContainer .getting-started-media'));
}

/** Picks a colour theme the way a person does (Ctrl+K Ctrl+T, the theme's name), and waits until it applies. */
async function setTheme(ctx, label, light) {
  const page = ctx.page;
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    // Focus the walkthrough page itself (not the media's webview, which keeps chords to itself). No
    // Escape: on the walkthrough page it goes back and closes it. The palette ranks "Browse Color
    // Themes in Marketplace" above "Color Theme", hence the keybinding.
    await page.locator('.gettingStartedContainer').getByText(TITLE, { exact: true }).first().click({ timeout: 3000 }).catch(() => {});
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    if (await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) break;
    if (attempt === 2) throw new Error('the colour theme picker did not open');
  }
  await page.keyboard.type(label);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  await until(ctx, () => page.evaluate((l) => document.querySelector('.monaco-workbench').classList.contains(l ? 'vs' : 'vs-dark'), light),
    `the workbench uses ${label}`, 30000);
}

module.exports = [
  {
    name: 'the walkthrough opens with its title and four steps; its first button opens the sample note and a hover there checks the step off',
    timeout: 240000,
    async run(ctx) {
      const page = ctx.page;
      await closeAllEditors(ctx);
      await openWalkthrough(ctx);
      for (const title of STEPS) {
        await page.locator('.gettingStartedContainer h3.step-title', { hasText: title }).first().waitFor({ timeout: 15000 });
      }
      const titles = await page.$$eval('.gettingStartedContainer h3.step-title', (hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => h.textContent.trim()));
      if (JSON.stringify(titles) !== JSON.stringify(STEPS)) throw new Error(`steps shown: ${titles.join(' | ')}`);

      // VS Code starts its walkthrough service when a walkthrough is first shown (here), so the hovers of
      // earlier checks did not count. Were it started earlier (a check showing the Welcome page), the step
      // could be done already, and in that window it cannot be undone for this check.
      if (await stepDone(ctx, 'hoverTerm')) {
        throw new Error('the hover step is done before this check hovered: an earlier check showed a walkthrough and then hovered a term');
      }

      await selectStep(ctx, 'hoverTerm');
      const button = page.locator('.gettingStartedContainer .getting-started-step.expanded .monaco-button', { hasText: 'Open Sample Note' }).first();
      await button.waitFor({ timeout: 15000 });
      await button.click();
      // The note opens beside the walkthrough, read-only, in a markdown editor.
      await page.locator('.tabs-container .tab', { hasText: 'sample-note.md' }).first().waitFor({ timeout: 30000 });
      await page.waitForSelector('.monaco-editor .view-lines:has-text("mesa-optimizer")', { timeout: 30000 });
      if (!(await page.locator('.gettingStartedContainer', { hasText: TITLE }).first().isVisible())) {
        throw new Error('the walkthrough is no longer on screen beside the note');
      }
      if (await stepDone(ctx, 'hoverTerm')) throw new Error('the hover step is done before the hover');

      const text = await ctx.hover('mesa-optimizer', SOURCE);
      if (!/Mesa-optimi[sz]er/i.test(text)) throw new Error(`hover is not about the mesa-optimizer: ${text}`);
      await until(ctx, () => stepDone(ctx, 'hoverTerm'), 'the hover step is checked off', 20000);
      const icon = page.locator(`.gettingStartedContainer [data-done-step-id$="#hoverTerm"]`).first();
      const classes = (await icon.getAttribute('class')) || '';
      if (!/\bcodicon-pass-filled\b|\bcomplete\b/.test(classes)) throw new Error(`the step's icon is not a checkmark: ${classes}`);
      await ctx.shot('walkthrough-sample-note', page.locator('.part.editor'));
    },
  },
  {
    name: "each walkthrough step's media is painted in the dark and the light theme",
    timeout: 240000,
    async run(ctx) {
      const page = ctx.page;
      // Alone in the editor area, without the side bar, the walkthrough is wide enough to show its media.
      await closeAllEditors(ctx);
      await ctx.runCommand('View: Close Primary Side Bar');
      await openWalkthrough(ctx);
      try {
        for (const [theme, suffix] of [['Dark 2026', 'dark'], ['Light 2026', 'light']]) {
          if (suffix === 'light') await setTheme(ctx, theme, true);
          for (const [id, titleId] of STEP_MEDIA) {
            await selectStep(ctx, id);
            await mediaShot(ctx, titleId, `walkthrough-${id}-${suffix}`);
            if (id === 'hoverTerm' && suffix === 'dark') {
              // The README's picture: the walkthrough with the first step checked off, and its media.
              if (await stepDone(ctx, 'hoverTerm')) await ctx.shot('walkthrough', page.locator('.gettingStartedContainer'));
            }
          }
        }
      } finally {
        // Put the workbench back as the other checks expect it; a failure here must not hide the check's own.
        await setTheme(ctx, 'Dark 2026', false).catch((e) => ctx.log('could not restore the theme:', e.message));
        await ctx.runCommand('View: Toggle Primary Side Bar Visibility').catch((e) => ctx.log('could not restore the side bar:', e.message));
      }
    },
  },
  {
    name: 'with no folder open, the sample note step works and "Add a Term…" asks for a folder first',
    timeout: 180000,
    async run(ctx) {
      // A second window, with no folder (code-server's empty window), beside the test's own.
      const url = new URL(ctx.page.url());
      url.searchParams.delete('folder');
      url.searchParams.set('ew', 'true');
      const page = await ctx.page.context().browser().newPage({ viewport: ctx.page.viewportSize() });
      try {
        await page.goto(url.toString());
        await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
        const empty = createWorkbenchContext({
          page, workspace: ctx.workspace, screenshotsDir: path.join(__dirname, '../../test-results/screenshots'), fakeLlm: ctx.fakeLlm, log: ctx.log, run: ctx.run,
        });
        await openWalkthrough(empty);
        await selectStep(empty, 'hoverTerm');
        await page.locator('.gettingStartedContainer .getting-started-step.expanded .monaco-button', { hasText: 'Open Sample Note' }).first().click();
        await page.locator('.tabs-container .tab', { hasText: 'sample-note.md' }).first().waitFor({ timeout: 30000 });
        await page.waitForSelector('.monaco-editor .view-lines:has-text("mesa-optimizer")', { timeout: 30000 });
        const text = await empty.hover('mesa-optimizer', SOURCE);
        if (!/Mesa-optimi[sz]er/i.test(text)) throw new Error(`hover is not about the mesa-optimizer: ${text}`);
        await page.mouse.move(5, 450);
        await selectStep(empty, 'addTerm');
        await page.locator('.gettingStartedContainer .getting-started-step.expanded .monaco-button', { hasText: 'Add a Term' }).first().click();
        await until(empty, async () => /open a folder first/.test(await empty.notifications()), 'a notification asks to open a folder first', 20000);
        // Shown as the clear message it is, not as an internal failure (prefixed again, with "Show Log").
        const toast = await empty.notifications();
        if (/AI Safety: AI Safety:|Show Log/.test(toast)) throw new Error(`the message is shown as a failure: ${toast}`);
        await empty.shot('walkthrough-no-folder', page.locator('.notifications-toasts', { hasText: 'open a folder first' }));
      } finally {
        await page.close();
      }
    },
  },
];
