// After every UI check: the extension host logged no error from or about our extension.
'use strict';
const fs = require('fs');
const path = require('path');

const ID = 'ai-safety-annotations.ai-safety-annotations';

module.exports = [
  {
    name: 'the extension host log has no errors from the extension, and our own log none either',
    async run(ctx) {
      const logs = ctx.run.extensionHostLogs();
      if (!logs.some((f) => /exthost\.log$/.test(f))) throw new Error('no extension host log found');
      const problems = [];
      for (const file of logs) {
        const text = fs.readFileSync(file, 'utf8');
        const ours = /AI Safety Annotations\.log$/.test(file);
        for (const line of text.split('\n')) {
          if (!/\[error\]/.test(line)) continue;
          if (ours || line.includes(ID) || /ai-safety-annotations/.test(line)) problems.push(`${path.basename(file)}: ${line}`);
        }
        if (text.includes('sk-test-env-key-0000')) problems.push(`${path.basename(file)} contains the API key`);
      }
      if (problems.length) throw new Error(problems.join('\n'));
    },
  },
];
