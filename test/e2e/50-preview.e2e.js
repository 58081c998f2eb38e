// The built-in markdown preview marks glossary terms with a tooltip, from the installed VSIX.
'use strict';

/** The preview frame whose rendered notes hold a marked term, and the first mark's id, title and text. */
async function previewMark(ctx, timeout = 60000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    for (const frame of ctx.page.frames()) {
      const mark = await frame.evaluate(() => {
        const el = document.querySelector('.markdown-body .ai-safety-term, body .ai-safety-term');
        if (!el || el.getClientRects().length === 0) return null;
        const style = getComputedStyle(el);
        return { id: el.getAttribute('data-term'), title: el.getAttribute('title'), text: el.textContent, decoration: style.textDecorationStyle || style.textDecoration };
      }).catch(() => null);
      if (mark) return { frame, mark };
    }
    await ctx.page.waitForTimeout(500);
  }
  throw new Error('no marked term in any markdown preview frame');
}

module.exports = [
  {
    name: 'the markdown preview of notes.md marks "mesa-optimizer" with a definition tooltip',
    timeout: 150000,
    async run(ctx) {
      await ctx.openFile('notes.md', 'mesa-optimizer');
      await ctx.runCommand('Markdown: Open Preview to the Side');
      const { frame, mark } = await previewMark(ctx);
      if (mark.id !== 'mesa-optimizer') throw new Error(`first mark is ${JSON.stringify(mark)}`);
      if (!/^Mesa-optimi[sz]er: .{20,}/.test(mark.title || '')) throw new Error(`tooltip is not "<Term>: <definition>": ${mark.title}`);
      if (!/dotted/.test(mark.decoration)) throw new Error(`the mark is not underlined with dots (preview.css not applied): ${mark.decoration}`);
      // The first occurrence per section only: the list below repeats mesa-optimizer unmarked.
      const count = await frame.evaluate(() => document.querySelectorAll('.ai-safety-term[data-term="mesa-optimizer"]').length);
      if (count !== 1) throw new Error(`mesa-optimizer marked ${count} times in one section`);
      const code = await frame.evaluate(() => [...document.querySelectorAll('code .ai-safety-term, h1 .ai-safety-term, a .ai-safety-term')].length);
      if (code !== 0) throw new Error(`${code} marks inside code, headings or links`);
      await ctx.shot('preview', frame.locator('.ai-safety-term').first());
      await ctx.runCommand('View: Close All Editors'); // the preview included, for the next checks
    },
  },
];
