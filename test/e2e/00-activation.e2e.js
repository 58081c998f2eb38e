// The packaged extension is installed from the VSIX and activates in the real workbench.
'use strict';
const fs = require('fs');

const ID = 'ai-safety-annotations.ai-safety-annotations';

function activationLines(ctx) {
  return ctx.run.extensionHostLogs()
    .filter((f) => /exthost\.log$/.test(f))
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .filter((l) => l.includes(ID));
}

module.exports = [
  {
    name: 'the VSIX is installed and the extension activates at start-up',
    async run(ctx) {
      const start = Date.now();
      while (Date.now() - start < 60000) {
        if (activationLines(ctx).some((l) => /_doActivateExtension ai-safety-annotations\.ai-safety-annotations\b/.test(l))) return;
        await ctx.page.waitForTimeout(500);
      }
      throw new Error(`no activation of ${ID} in the extension host log:\n${activationLines(ctx).join('\n')}`);
    },
  },
  {
    name: 'the activity bar shows the AI Safety container',
    async run(ctx) {
      await ctx.page.locator('.activitybar .action-item [aria-label^="AI Safety"]').first().waitFor({ timeout: 30000 });
    },
  },
];
