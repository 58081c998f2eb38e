// Explain with an LLM in the real workbench, from the installed VSIX: the command palette, the consent
// dialog that shows the exact prompt, model and host, and the answer streamed into the sidebar. The
// API is the fake OpenAI-compatible server on 127.0.0.1 (user settings point aiSafety.llm.baseUrl at
// it; OPENAI_API_KEY is set in the environment and no key is stored).
'use strict';
const fs = require('fs');

const SEED_PROMPT = 'Explain mesa-optimization with a simple analogy in AI training.';
const MARKER = 'FAKE-LLM-ANSWER';
/** The last words of the fake server's answer: once shown, the whole answer has streamed in. */
const ANSWER_END = 'matched yours only on the examples you rewarded';
const ENV_KEY = 'sk-test-env-key-0000';

/** Visible text of the modal dialog, or '' when none is open. */
function dialogText(page) {
  return page.evaluate(() => {
    const box = document.querySelector('.monaco-dialog-box');
    return box && box.offsetParent !== null ? box.innerText : '';
  });
}

module.exports = [
  {
    name: '"Explain Mesa-Optimization with LLM" from the palette shows the exact prompt, model and host before the first request to a host, then streams the answer into the sidebar',
    async run(ctx) {
      const { page, fakeLlm } = ctx;
      fakeLlm.setScenario('ok');
      const host = new URL(fakeLlm.url).host;
      // Consent is remembered per host once given; before any request reached the server it cannot have been.
      const mustAsk = fakeLlm.requests.length === 0;
      const before = fakeLlm.requests.length;

      await ctx.runCommand('AI Safety: Explain Mesa-Optimization with LLM');

      // Either the consent dialog opens, or (host approved earlier) the request goes straight out.
      let text = '';
      for (let i = 0; i < 120 && !text && fakeLlm.requests.length === before; i++) {
        text = await dialogText(page);
        if (!text) await page.waitForTimeout(250);
      }
      if (text) {
        for (const expected of [SEED_PROMPT, 'gpt-4o', host, 'OPENAI_API_KEY']) {
          if (!text.includes(expected)) throw new Error(`the consent dialog does not show "${expected}":\n${text}`);
        }
        if (fakeLlm.requests.length !== before) throw new Error('a request was sent before the user agreed');
        await ctx.shot('llm-consent', page.locator('.monaco-dialog-box'));
        await page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Send$/ }).first().click();
      } else if (mustAsk) {
        throw new Error(fakeLlm.requests.length === before
          ? 'neither a consent dialog nor a request followed the command'
          : 'the first request to the fake API went out without a consent dialog');
      } else {
        ctx.log('the fake API host was approved by an earlier check; no consent dialog this time');
      }

      const frame = await ctx.webviewFrame(MARKER, 30000);
      await frame.waitForFunction((end) => document.body.innerText.includes(end), ANSWER_END, { timeout: 30000 });
      const shown = await frame.evaluate(() => document.body.innerText);
      if (!shown.includes(SEED_PROMPT)) throw new Error('the sidebar does not show the question with the answer');
      // The progress notification closes once the request has settled; wait for it before the screenshot.
      await page.waitForFunction(() => !/asking/i.test(document.querySelector('.notifications-toasts')?.innerText || ''), undefined, { timeout: 10000 });
      await ctx.shot('llm-answer', frame.locator('#answers .answer .answer-body', { hasText: ANSWER_END }));
    },
  },
  {
    name: 'the request carried the seed prompt and model gpt-4o, with the key from OPENAI_API_KEY',
    async run(ctx) {
      const req = ctx.fakeLlm.requests.find((r) =>
        r.body && r.body.model === 'gpt-4o' && Array.isArray(r.body.messages) &&
        r.body.messages.length === 1 && r.body.messages[0].role === 'user' && r.body.messages[0].content === SEED_PROMPT);
      if (!req) throw new Error(`no request with the seed prompt and gpt-4o; saw ${JSON.stringify(ctx.fakeLlm.requests.map((r) => r.body))}`);
      if (req.path !== '/v1/chat/completions') throw new Error(`request went to ${req.path}`);
      if (req.body.stream !== true) throw new Error('the request did not ask for streaming');
      if (req.authorization !== `Bearer ${ENV_KEY}`) throw new Error('the request did not carry the key from OPENAI_API_KEY');
    },
  },
  {
    name: 'the extension log records the request but never the key',
    async run(ctx) {
      const ours = () => ctx.run.extensionHostLogs().filter((f) => /AI Safety Annotations\.log$/.test(f));
      let text = '';
      for (let i = 0; i < 60; i++) {
        text = ours().map((f) => fs.readFileSync(f, 'utf8')).join('\n');
        if (/Request \S+ ended complete/.test(text)) break;
        await ctx.page.waitForTimeout(500);
      }
      if (!/Request \S+ ended complete/.test(text)) throw new Error(`our log never recorded the finished request:\n${text.slice(-2000)}`);
      for (const f of ctx.run.extensionHostLogs()) {
        if (fs.readFileSync(f, 'utf8').includes(ENV_KEY)) throw new Error(`the key appears in ${f}`);
      }
    },
  },
];
