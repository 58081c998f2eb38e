// Accessibility of the sidebar webview in the real workbench: axe-core runs inside the webview frame
// on the explainer, the glossary list, a card and the answers (which 20-llm and 30-answers filled).
// Any violation, of any impact, fails the check.
'use strict';

/** Fails with a readable list when axe found anything. */
async function expectNoViolations(ctx, frame, where) {
  const violations = await ctx.accessibilityViolations(frame);
  if (violations.length) {
    const lines = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).join(', ')}${v.nodes.length > 3 ? ', …' : ''}`);
    throw new Error(`axe-core found ${violations.length} violation(s) on ${where}:\n${lines.join('\n')}`);
  }
}

/**
 * The live sidebar frame with `tab` selected. "Open Explainer" is used only when the sidebar is not on
 * screen, and its own switch to the Explainer tab is awaited first, so it cannot land after the click.
 */
async function onTab(ctx, tab) {
  let frame = await ctx.liveExplainerFrame(5000).catch(() => undefined);
  if (!frame) {
    await ctx.runCommand('AI Safety: Open Explainer');
    frame = await ctx.liveExplainerFrame();
    await frame.waitForSelector('#tab-explainer[aria-selected="true"]');
  }
  await frame.click(`#tab-${tab}`);
  await frame.waitForSelector(`#tab-${tab}[aria-selected="true"]`);
  await frame.waitForSelector(`#panel-${tab}`, { state: 'visible' });
  return frame;
}

module.exports = [
  {
    name: 'axe-core finds no accessibility violation on the explainer',
    timeout: 90000,
    async run(ctx) {
      const frame = await onTab(ctx, 'explainer');
      await frame.waitForSelector('#panel-explainer h2', { state: 'visible' });
      await expectNoViolations(ctx, frame, 'the Explainer tab');
    },
  },
  {
    name: 'axe-core finds no accessibility violation on the glossary list',
    timeout: 90000,
    async run(ctx) {
      const frame = await onTab(ctx, 'glossary');
      if (await frame.isVisible('#all-terms')) await frame.click('#all-terms');
      await frame.waitForSelector('#term-list', { state: 'visible' });
      await expectNoViolations(ctx, frame, 'the glossary list');
    },
  },
  {
    name: 'axe-core finds no accessibility violation on a glossary card',
    timeout: 90000,
    async run(ctx) {
      const frame = await onTab(ctx, 'glossary');
      if (await frame.isVisible('#all-terms')) await frame.click('#all-terms');
      await frame.click('#term-list a[data-term="mesa-optimizer"]');
      await frame.waitForSelector('#card-mesa-optimizer', { state: 'visible' });
      await expectNoViolations(ctx, frame, 'the mesa-optimizer card');
    },
  },
  {
    name: 'axe-core finds no accessibility violation on the answers',
    timeout: 90000,
    async run(ctx) {
      const frame = await onTab(ctx, 'answers');
      await frame.waitForSelector('#answers .answer .answer-body', { state: 'visible' });
      const count = await frame.$$eval('#answers .answer', (a) => a.length);
      if (count < 2) throw new Error(`expected the answers of the earlier checks, found ${count}`);
      await expectNoViolations(ctx, frame, `the Answers tab with ${count} answers`);
    },
  },
];
