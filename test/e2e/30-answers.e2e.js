// LLM answers in the sidebar, from the installed VSIX: the Explainer's "Explain with LLM" button sends
// the seed prompt to the fake API, and a hostile answer (script tags, event handlers, javascript: and
// command: links, a remote image, a tag split across chunks) streams into the Answers tab inert.
// Runs after 20-llm so that check still sees the first-request consent dialog.
'use strict';

/**
 * Presses the Explainer tab's "Explain with LLM" button. The first request to a host asks for
 * confirmation in a modal that shows the prompt; it is answered here when it appears (another test
 * may already have trusted the fake server's host).
 */
async function askFromExplainer(ctx) {
  await ctx.runCommand('AI Safety: Open Explainer');
  const frame = await ctx.liveExplainerFrame();
  await frame.waitForSelector('#tab-explainer[aria-selected="true"]');
  await frame.click('#panel-explainer button[data-command="explainWithLlm"]');
  const send = ctx.page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Send$/ });
  const asked = await send.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
  if (asked) {
    const dialog = await ctx.page.locator('.monaco-dialog-box').innerText();
    const fakeHost = new URL(ctx.fakeLlm.url).host;
    if (!dialog.includes(fakeHost) || !dialog.includes('Explain mesa-optimization with a simple analogy in AI training.')) {
      // Never send anything anywhere but the fake server.
      await ctx.page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Cancel$/ }).click().catch(() => ctx.page.keyboard.press('Escape'));
      throw new Error(`the confirmation is not for the fake server at ${fakeHost} with the seed prompt: ${dialog}`);
    }
    await send.click();
  }
}

/** The explainer frame whose newest answer, on the Answers tab, contains `marker` and has finished. */
async function frameWithAnswer(ctx, marker, timeout = 30000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    for (const frame of ctx.page.frames()) {
      const done = await frame.evaluate((text) => {
        const tab = document.getElementById('tab-answers');
        const answer = document.querySelector('#answers .answer');
        return !!tab && tab.getAttribute('aria-selected') === 'true' && !!answer && answer.dataset.status !== 'streaming'
          && answer.querySelector('.answer-body').textContent.includes(text);
      }, marker).catch(() => false);
      if (done) return frame;
    }
    await ctx.page.waitForTimeout(250);
  }
  throw new Error(`no finished answer with "${marker}" appeared on the Answers tab`);
}

module.exports = [
  {
    name: 'the Explainer\'s "Explain with LLM" button streams a hostile answer into the Answers tab, rendered inert',
    async run(ctx) {
      const remote = [];
      const onRequest = (request) => {
        if (request.url().includes('example.com')) remote.push(request.url());
      };
      ctx.fakeLlm.setScenario('hostile');
      ctx.page.on('request', onRequest);
      try {
        await askFromExplainer(ctx);
        const frame = await frameWithAnswer(ctx, 'FAKE-LLM-ANSWER hostile');
        const report = await frame.$eval('#answers .answer', (a) => {
          const body = a.querySelector('.answer-body');
          return {
            text: body.innerText,
            badge: a.querySelector('.status-badge').innerText,
            elements: [...body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
            hrefs: [...body.querySelectorAll('a')].map((e) => e.getAttribute('href')),
            handlers: [...body.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((x) => x.name)).filter((n) => /^on/i.test(n)),
          };
        });
        if (!/Complete/i.test(report.badge)) throw new Error(`status badge says ${report.badge}`);
        for (const bad of ['script', 'img', 'iframe', 'svg', 'object', 'embed']) {
          if (report.elements.includes(bad)) throw new Error(`a <${bad}> element was rendered from the answer`);
        }
        if (report.handlers.length) throw new Error(`event handler attributes rendered: ${report.handlers.join(', ')}`);
        const unsafe = report.hrefs.filter((h) => !/^https:\/\//.test(h || ''));
        if (unsafe.length) throw new Error(`non-https links rendered: ${unsafe.join(', ')}`);
        if (!report.text.includes('<script>alert(2)</script>')) throw new Error('the split script tag is not shown as text');
        if (!report.text.includes('[image: r]')) throw new Error('the image is not replaced by its alt text');
        if (remote.length) throw new Error(`the answer made the page load ${remote.join(', ')}`);
        await ctx.shot('answer', frame.locator('#answers .answer').first());
      } finally {
        ctx.page.off('request', onRequest);
        ctx.fakeLlm.setScenario('ok');
      }
    },
  },
];
