// Helpers that drive the real VS Code workbench (in headless Chromium) the way a person does.
// UI tests in test/e2e receive them on their `ctx` argument.
'use strict';
const fs = require('fs');
const path = require('path');
// Playwright's own PNG codec (pngjs), to look at the pixels of a screenshot before it is kept.
const { PNG } = require('playwright-core/lib/utilsBundle');

/** axe-core's browser bundle, evaluated inside the webview frame (CDP evaluation is not subject to its CSP). */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Distinct colours a painted subject shows at least (text on a background has dozens; a blank area has one). */
const MIN_COLOURS = 8;

/**
 * Whether the region `box` of the PNG `buffer` is painted: inside the image and not one flat colour.
 * A webview that has not rendered yet shows as an empty panel, which this catches.
 */
function painted(buffer, box) {
  const png = PNG.sync.read(buffer);
  const x0 = Math.max(0, Math.floor(box.x)), y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(png.width, Math.ceil(box.x + box.width)), y1 = Math.min(png.height, Math.ceil(box.y + box.height));
  if (x1 - x0 < 4 || y1 - y0 < 4) return { ok: false, why: `off screen or empty (${JSON.stringify(box)})` };
  const colours = new Set();
  for (let y = y0; y < y1 && colours.size < MIN_COLOURS; y++) {
    for (let x = x0; x < x1 && colours.size < MIN_COLOURS; x++) {
      const i = (y * png.width + x) * 4;
      colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    }
  }
  return colours.size >= MIN_COLOURS ? { ok: true } : { ok: false, why: `only ${colours.size} colour(s) where it should be` };
}

function createWorkbenchContext({ page, workspace, screenshotsDir, fakeLlm, log, run }) {
  fs.mkdirSync(screenshotsDir, { recursive: true });

  /**
   * Saves a screenshot of the page once `subject` (a Playwright locator: what the picture is of) is
   * visible and painted in it; fails when it never is, keeping the bad picture as NAME.missing.png.
   * Only failure pictures (`failure-…`) may be taken without a subject.
   */
  async function shot(name, subject, timeout = 30000) {
    const file = path.join(screenshotsDir, `${name}.png`);
    if (!subject) {
      if (!name.startsWith('failure-')) throw new Error(`screenshot ${name} names no subject to wait for`);
      await page.screenshot({ path: file });
      return file;
    }
    const target = subject.first();
    await target.waitFor({ state: 'visible', timeout });
    const started = Date.now();
    for (;;) {
      const box = await target.boundingBox();
      const buffer = await page.screenshot();
      const check = box ? painted(buffer, box) : { ok: false, why: 'not laid out' };
      if (check.ok) {
        fs.writeFileSync(file, buffer);
        return file;
      }
      if (Date.now() - started > timeout) {
        fs.writeFileSync(path.join(screenshotsDir, `${name}.missing.png`), buffer);
        throw new Error(`screenshot ${name}: its subject ${subject} is not on screen: ${check.why}`);
      }
      await page.waitForTimeout(250);
    }
  }

  /**
   * Runs axe-core in `frame` (the sidebar webview) and returns its violations of any impact, as
   * `{ id, impact, help, nodes }` with CSS selectors of the offending nodes.
   */
  async function accessibilityViolations(frame) {
    if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(AXE_SOURCE);
    return frame.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }

  /**
   * The live explainer webview frame: the one whose tab bar is laid out (a hidden, stale copy of the
   * webview may linger next to it after the view was hidden and shown).
   */
  async function liveExplainerFrame(timeout = 30000) {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      for (const frame of page.frames()) {
        const live = await frame.evaluate(() => {
          const tabs = document.querySelector('[role="tablist"]');
          return !!document.getElementById('panel-explainer') && !!tabs && tabs.getClientRects().length > 0;
        }).catch(() => false);
        if (live) return frame;
      }
      await page.waitForTimeout(250);
    }
    throw new Error('the explainer webview is not on screen');
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

  return { page, workspace, shot, accessibilityViolations, liveExplainerFrame, openFile, hover, runCommand, webviewFrame, notifications, fakeLlm, log, run };
}

/** Polls `predicate` (sync or async) until it holds or `timeout` passes. */
async function until(ctx, predicate, what, timeout = 20000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (await predicate()) return;
    await ctx.page.waitForTimeout(200);
  }
  throw new Error(`timed out waiting until ${what}`);
}

module.exports = { createWorkbenchContext, until };
