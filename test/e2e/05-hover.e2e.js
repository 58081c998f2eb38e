// Hovers in the real workbench, from the installed VSIX: markdown, Python and TypeScript.
'use strict';

// Every term in the mesa-optimization cluster cites the paper that introduced it.
const SOURCE = /Risks from Learned Optimization/;

module.exports = [
  {
    name: 'hovering "mesa-optimizer" in a markdown note shows its definition and source',
    async run(ctx) {
      await ctx.openFile('notes.md', 'mesa-optimizer');
      const text = await ctx.hover('mesa-optimizer', SOURCE);
      if (!/Mesa-optimi[sz]er/i.test(text)) throw new Error(`hover lacks the term: ${text}`);
      if (!/Open in explainer/.test(text)) throw new Error(`hover lacks the explainer link: ${text}`);
      await ctx.shot('hover', ctx.page.locator('.monaco-hover:visible', { hasText: 'Open in explainer' }));
    },
  },
  {
    name: 'hovering the identifier base_optimizer in Python shows the base optimizer card',
    async run(ctx) {
      await ctx.openFile('agent.py', 'base_optimizer');
      const text = await ctx.hover('base_optimizer', SOURCE);
      if (!/Base optimi[sz]er/i.test(text)) throw new Error(`hover is not about the base optimizer: ${text}`);
      await ctx.shot('hover-python', ctx.page.locator('.monaco-hover:visible', { hasText: SOURCE }));
    },
  },
  {
    name: 'hovering buildMesaOptimizer in TypeScript shows the mesa-optimizer card',
    async run(ctx) {
      await ctx.openFile('trainer.ts', 'buildMesaOptimizer');
      const text = await ctx.hover('buildMesaOptimizer', SOURCE);
      if (!/Mesa-optimi[sz]er/i.test(text)) throw new Error(`hover is not about the mesa-optimizer: ${text}`);
    },
  },
];
