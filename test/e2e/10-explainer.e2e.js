// The explainer sidebar in the real workbench, from the installed VSIX: the explainer, the searchable
// glossary, card navigation with Back, keyboard use, and the hover's "Open in explainer" deep link.
'use strict';

const HEADINGS = [
  'What is mesa-optimization?',
  'How it arises',
  'A concrete example',
  'A loose analogy: the dog and the stick',
  'When it matters',
  'Key terms',
  'Key takeaways',
  'Further reading',
  'Ask an LLM',
];

/** Opens the AI Safety container from the activity bar (a no-op click if it is already open). */
async function openContainer(ctx) {
  const icon = ctx.page.locator('.activitybar .action-item [aria-label^="AI Safety"]').first();
  await icon.waitFor({ timeout: 30000 });
  const checked = await icon.evaluate((el) => (el.closest('.action-item') || el).classList.contains('checked') || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-expanded') === 'true');
  if (!checked) await icon.click();
}

/**
 * The explainer frame in which `id`'s card is on screen. Polls every frame: after the view was hidden
 * and shown again, a stale copy of the webview may linger next to the live one.
 */
async function frameShowingCard(ctx, id, timeout = 30000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    for (const frame of ctx.page.frames()) {
      const shown = await frame.evaluate((cardId) => {
        const card = document.getElementById(`card-${cardId}`);
        const tab = document.getElementById('tab-glossary');
        return !!card && !card.hidden && card.getClientRects().length > 0 && !!tab && tab.getAttribute('aria-selected') === 'true';
      }, id).catch(() => false);
      if (shown) return frame;
    }
    await ctx.page.waitForTimeout(250);
  }
  throw new Error(`no webview frame shows the ${id} card on the Glossary tab`);
}

/** Texts of the visible term rows in the glossary list. */
function visibleTerms(frame) {
  return frame.$$eval('#term-list .term-item', (items) => items.filter((li) => !li.hidden).map((li) => li.querySelector('.term-name').textContent));
}

/** Waits until the card with `id` is the one on screen and returns its title. */
async function cardTitle(frame, id) {
  await frame.waitForSelector(`#card-${id}`, { state: 'visible', timeout: 15000 });
  return frame.$eval(`#card-${id} .card-title`, (h) => h.textContent);
}

module.exports = [
  {
    name: 'the AI Safety activity-bar view shows the explainer with all its sections',
    async run(ctx) {
      await openContainer(ctx);
      const frame = await ctx.webviewFrame('What is mesa-optimization?');
      const headings = await frame.$$eval('#panel-explainer h2', (hs) => hs.map((h) => h.textContent));
      const missing = HEADINGS.filter((h) => !headings.includes(h));
      if (missing.length) throw new Error(`missing headings: ${missing.join(', ')} (saw ${headings.join(' | ')})`);
      const keyTerms = await frame.$$eval('table.key-terms a[data-term]', (as) => as.map((a) => a.dataset.term));
      if (keyTerms.join() !== 'mesa-optimization,mesa-optimizer,base-optimizer,objective-misalignment') {
        throw new Error(`key-terms table links: ${keyTerms.join()}`);
      }
      const text = await frame.evaluate(() => document.body.innerText);
      for (const fact of ['maze', 'dog', 'stick', 'autonomous vehicles', 'Risks from Learned Optimization', 'gpt-4o']) {
        if (!text.includes(fact)) throw new Error(`explainer text lacks "${fact}"`);
      }
      await ctx.page.mouse.move(700, 450); // no activity-bar tooltip in the screenshot
      await ctx.shot('explainer');
    },
  },
  {
    name: 'typing "mesa" in the glossary search filters the list, and a row opens the Mesa-optimizer card',
    async run(ctx) {
      const frame = await ctx.webviewFrame('What is mesa-optimization?');
      await frame.click('#tab-glossary');
      await frame.waitForSelector('#search', { state: 'visible' });
      const all = (await visibleTerms(frame)).length;
      await frame.locator('#search').pressSequentially('mesa', { delay: 30 });
      await frame.waitForFunction((n) => [...document.querySelectorAll('#term-list .term-item')].filter((li) => !li.hidden).length < n, all);
      const shown = await visibleTerms(frame);
      if (!shown.length) throw new Error('no term matches "mesa"');
      for (const expected of ['Mesa-optimization', 'Mesa-optimizer']) {
        if (!shown.some((t) => t.startsWith(expected))) throw new Error(`"${expected}" missing from the filtered list: ${shown.join(', ')}`);
      }
      const unrelated = await frame.$$eval('#term-list .term-item', (items) => items.filter((li) => !li.hidden && !li.dataset.search.includes('mesa')).length);
      if (unrelated) throw new Error(`${unrelated} rows that do not mention mesa are still shown`);
      const count = await frame.$eval('#search-count', (p) => p.textContent);
      if (!new RegExp(`^${shown.length} of ${all} terms match$`).test(count)) throw new Error(`result count says "${count}"`);

      await frame.click('#term-list a[data-term="mesa-optimizer"]');
      const title = await cardTitle(frame, 'mesa-optimizer');
      if (!/^Mesa-optimi[sz]er$/.test(title)) throw new Error(`card title is "${title}"`);
      const card = await frame.$eval('#card-mesa-optimizer', (c) => c.innerText);
      if (!/Source/i.test(card) || !/Related terms/i.test(card)) throw new Error(`card lacks its sections: ${card}`);
      await ctx.shot('card');
    },
  },
  {
    name: 'a related-term link opens that card and Back returns to the previous one',
    async run(ctx) {
      const frame = await ctx.webviewFrame('Mesa-optimizer');
      const link = frame.locator('#card-mesa-optimizer .related a[data-term]').first();
      const target = await link.getAttribute('data-term');
      const label = await link.textContent();
      await link.click();
      const title = await cardTitle(frame, target);
      if (title !== label) throw new Error(`followed "${label}" but the card says "${title}"`);
      if (await frame.isVisible('#card-mesa-optimizer')) throw new Error('the previous card is still shown');
      await frame.click('#back');
      await cardTitle(frame, 'mesa-optimizer');
    },
  },
  {
    name: 'the keyboard moves between tabs with the arrow keys and Escape clears the search',
    async run(ctx) {
      const frame = await ctx.webviewFrame('Mesa-optimizer');
      await frame.click('#all-terms');
      await frame.focus('#search');
      await ctx.page.keyboard.press('Escape');
      await frame.waitForFunction(() => document.getElementById('search').value === '');
      const rows = await visibleTerms(frame);
      if (rows.length < 48) throw new Error(`after Escape only ${rows.length} terms are listed`);
      await frame.focus('#tab-glossary');
      await ctx.page.keyboard.press('ArrowRight');
      await frame.waitForSelector('#tab-answers[aria-selected="true"]');
      const focused = await frame.evaluate(() => document.activeElement && document.activeElement.id);
      if (focused !== 'tab-answers') throw new Error(`focus is on ${focused}, not the Answers tab`);
      await ctx.page.keyboard.press('Home');
      await frame.waitForSelector('#tab-explainer[aria-selected="true"]');
      await frame.waitForSelector('#panel-explainer', { state: 'visible' });
    },
  },
  {
    name: 'the hover\'s "Open in explainer" link reveals the sidebar on that term\'s card',
    async run(ctx) {
      // The sidebar is on the Explainer tab now; opening a file switches the side bar to the Explorer.
      await ctx.openFile('notes.md', 'mesa-optimizer');
      await ctx.hover('mesa-optimizer', /Open in explainer/);
      const link = ctx.page.locator('.monaco-hover a', { hasText: 'Open in explainer' }).first();
      await link.waitFor({ state: 'visible', timeout: 10000 });
      await link.click();
      const frame = await frameShowingCard(ctx, 'mesa-optimizer');
      const title = await cardTitle(frame, 'mesa-optimizer');
      if (!/^Mesa-optimi[sz]er$/.test(title)) throw new Error(`deep link opened "${title}"`);
      await ctx.shot('deep-link');
    },
  },
];
