import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

describe('esbuild.js', function () {
  // Spawns a real build; the machine may be busy, so this check gets room (it asserts no duration).
  this.timeout(120_000);

  it('in watch mode (F5, npm run watch) builds the webview and copies its codicons', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aisafety-watch-'));
    const child = spawn(process.execPath, ['esbuild.js', '--watch', '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      // The problem-matcher plugin prints one "build started" and one "build finished" per bundle; the
      // wait ends when every started bundle has finished and the expected files are there (whatever
      // the number of bundles).
      const expected = ['webview/explainer.js', 'webview/codicon.css', 'webview/codicon.ttf', 'extension.js'];
      await new Promise<void>((resolve, reject) => {
        const onData = (data: Buffer) => {
          output += data.toString();
          const started = (output.match(/\[watch\] build started/g) ?? []).length;
          const finished = (output.match(/\[watch\] build finished/g) ?? []).length;
          // Every bundle that started has finished (none still writing into `out`), and the files are there.
          if (finished > 0 && finished >= started && expected.every((file) => fs.existsSync(path.join(out, file)))) {
            resolve();
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`esbuild.js --watch exited (${code}) before building:\n${output}`)));
      });
      for (const file of expected) {
        assert.ok(fs.existsSync(path.join(out, file)), `${file} is missing from the watch build:\n${output}`);
      }
      assert.ok(!/ERROR/.test(output), output);
    } finally {
      // Other bundles may still be writing: wait for the process to end before removing the folder.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      fs.rmSync(out, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    }
  });
});
