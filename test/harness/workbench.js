// Helpers that drive the real VS Code workbench (in headless Chromium) the way a person does.
// UI tests in test/e2e receive them on their `ctx` argument.
'use strict';
const fs = require('fs');
const path = require('path');

function createWorkbenchContext({ page, workspace, screenshotsDir, fakeLlm, log, run }) {
  fs.mkdirSync(screenshotsDir, { recursive: true });

  async function shot(name) {
    const file = path.join(screenshotsDir, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** Opens a file by clicking it in the Explorer, and waits until the editor shows `contains`. */
  async function openFile(name, contains) {
    await page.keyboard.press('Escape');
    const explorer = page.locator('.explorer-folders-view');
    if (!(await explorer.isVisible().catch(() => false))) {
      await page.keyboard.press('Control+Shift+E');
    }
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.waitForSelector(`.monaco-editor .view-lines:has-text(${JSON.stringify(contains)})`, { timeout: 30000 });
  }

  async function wordCenter(word) {
    return page.evaluate((w) => {
      for (const span of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line span span, .monaco-editor .view-lines .view-line span span')) {
        const tn = span.firstChild;
        if (!tn || tn.nodeType !== 3) continue;
        const i = tn.textContent.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(tn, i + Math.min(2, w.length - 1));
        r.setEnd(tn, i + Math.max(1, w.length - 2));
        const b = r.getBoundingClientRect();
        if (b.width === 0) continue;
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    }, word);
  }

  /** Hovers the first visible occurrence of `word` and returns the hover text matching `expect`. */
  async function hover(word, expect) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const c = await wordCenter(word);
      if (!c) { await page.waitForTimeout(500); continue; }
      await page.mouse.move(c.x - 60, c.y + 200);
      await page.mouse.move(c.x, c.y, { steps: 5 });
      try {
        await page.waitForFunction((re) => [...document.querySelectorAll('.monaco-hover')]
          .some((h) => h.offsetParent !== null && new RegExp(re).test(h.textContent)), expect.source, { timeout: 4000 });
        await page.waitForTimeout(300); // let the fade-in finish before anyone takes a screenshot
        return page.evaluate((re) => [...document.querySelectorAll('.monaco-hover')]
          .map((h) => h.innerText).find((t) => new RegExp(re).test(t)), expect.source);
      } catch {
        // Not shown yet (the extension may still be activating): move away and try again.
      }
    }
    throw new Error(`no hover matching ${expect} on "${word}"`);
  }

  /** Runs a command from the F1 palette by its title as shown, e.g. "AI Safety: Open Explainer". */
  async function runCommand(title) {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
    await page.keyboard.type(title);
    await page.waitForFunction((t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
      .some((r) => (r.getAttribute('aria-label') || '').includes(t)), title, { timeout: 15000 });
    await page.keyboard.press('Enter');
  }

  /** The sidebar webview's inner frame whose text contains `marker` (polls up to `timeout`). */
  async function webviewFrame(marker, timeout = 30000) {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      for (const f of page.frames()) {
        try {
          const text = await f.evaluate(() => (document.body ? document.body.innerText : ''));
          if (text && text.includes(marker)) return f;
        } catch { /* frame navigating or detached */ }
      }
      await page.waitForTimeout(250);
    }
    throw new Error(`no webview frame containing "${marker}"`);
  }

  /** Text of the visible notification toasts (empty when none). */
  async function notifications() {
    return page.evaluate(() => document.querySelector('.notifications-toasts')?.innerText || '');
  }

  return { page, workspace, shot, openFile, hover, runCommand, webviewFrame, notifications, fakeLlm, log, run };
}

module.exports = { createWorkbenchContext };
