/**
 * Entry point of the integration tier in the web worker extension host (VS Code for the Web's
 * host, here code-server's), bundled for the browser as `out/test/integration-web/index.js`.
 * Same contract as test/harness/integrationIndex.js: `run()` rejects when a test fails.
 *
 * The worker has no file system and no Node `require`, so mocha's browser build and every suite
 * are bundled into this file; suites are required inside {@link run}, after mocha has set up its
 * globals. The counts go to the harness by POST (its URL is in the run's settings), and every line
 * is also printed, which the harness shows.
 *
 * The suites of test/integration run here unless listed in {@link NODE_ONLY} with the reason.
 */
import * as vscode from 'vscode';

/** Suites of test/integration that test Node-only behaviour, with why; counted and printed, never silently skipped. */
export const NODE_ONLY: Readonly<Record<string, string>> = {
  'llm.test':
    'starts the fake OpenAI server inside the extension host (Node http) and sets OPENAI_API_KEY/OPENAI_BASE_URL in process.env; ' +
    'the web has neither: webLlm.test covers the OpenAI path in the browser against a fake server the harness starts',
  'walkthroughExplain.test':
    "runs the walkthrough's explain button against the fake OpenAI server started inside the extension host (Node http); " +
    'walkthrough.test (the manifest, the sample note, the hover key, the explainer button) runs here',
};

/** Every suite of this run, in order (esbuild bundles each `require` below). */
/* eslint-disable @typescript-eslint/no-require-imports -- bundled by esbuild, evaluated only after mocha's setup */
const SUITES: readonly { readonly name: string; readonly load: () => unknown }[] = [
  // The shared suites, as in the Node host; activation first, as there (it checks what loads when).
  { name: 'activation.test', load: () => require('../integration/activation.test') },
  // Web-only: where this runs, and the OpenAI path through the browser's fetch (CORS, manual redirects).
  { name: 'webHost.test', load: () => require('./webHost.test') },
  { name: 'webLlm.test', load: () => require('./webLlm.test') },
  { name: 'webPreview.test', load: () => require('./webPreview.test') },
  { name: 'annotations.test', load: () => require('../integration/annotations.test') },
  { name: 'completion.test', load: () => require('../integration/completion.test') },
  { name: 'explainer.test', load: () => require('../integration/explainer.test') },
  { name: 'highlights.test', load: () => require('../integration/highlights.test') },
  { name: 'hover.test', load: () => require('../integration/hover.test') },
  { name: 'languageModel.test', load: () => require('../integration/languageModel.test') },
  { name: 'termsInFile.test', load: () => require('../integration/termsInFile.test') },
  { name: 'userGlossary.test', load: () => require('../integration/userGlossary.test') },
  { name: 'walkthrough.test', load: () => require('../integration/walkthrough.test') },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** What the harness puts into the run's user settings as `aiSafetyTest.web`. */
export interface WebTestEnv {
  /** Where to POST the results (the harness's loopback server). */
  readonly resultsUrl: string;
  /** Only the tests whose full title matches (the harness's --grep). */
  readonly grep?: string;
}

/** The run's test settings, written by test/harness/runIntegration.js --web. */
export function webTestEnv(): WebTestEnv {
  const env = vscode.workspace.getConfiguration('aiSafetyTest').get<WebTestEnv>('web');
  if (!env?.resultsUrl) {
    throw new Error('aiSafetyTest.web is missing from the user settings; run through test/harness/runIntegration.js --web.');
  }
  return env;
}

interface MochaRunner {
  on(event: string, fn: (...args: never[]) => void): void;
  once(event: string, fn: () => void): void;
}
interface MochaTest {
  fullTitle(): string;
  title: string;
}
interface BrowserMocha {
  setup(options: { ui: string; timeout: number; color: boolean; reporter: unknown; grep?: string | RegExp }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  const env = webTestEnv();
  // Node's setImmediate, which some shared suites use to let queued callbacks run; a macrotask here.
  const g = globalThis as { setImmediate?: (fn: (...a: unknown[]) => void, ...args: unknown[]) => unknown };
  g.setImmediate ??= (fn, ...args) => setTimeout(fn, 0, ...args);
  const lines: string[] = [];
  const print = (line: string): void => {
    lines.push(line);
    console.log(line);
  };
  // mocha's browser build: a UMD module that also puts `describe`, `it`, … on the global object at setup.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  const failed: { title: string; error: string }[] = [];
  const stats = { passes: 0, failures: 0, pending: 0, tests: 0 };
  /** A reporter that prints like mocha's spec reporter, without a terminal or a DOM. */
  class WebReporter {
    constructor(runner: MochaRunner) {
      let depth = 0;
      runner.on('suite', (suite: { title: string }) => {
        if (suite.title) {
          print(`${'  '.repeat(depth)}${suite.title}`);
        }
        depth++;
      });
      runner.on('suite end', () => void depth--);
      runner.on('pass', (test: MochaTest) => {
        stats.passes++;
        stats.tests++;
        print(`${'  '.repeat(depth)}✔ ${test.title}`);
      });
      runner.on('fail', (test: MochaTest, err: Error) => {
        stats.failures++;
        stats.tests++;
        const error = String((err && (err.stack || err.message)) || err).slice(0, 2000);
        failed.push({ title: test.fullTitle(), error });
        print(`${'  '.repeat(depth)}✘ ${test.title}\n${error}`);
      });
      runner.on('pending', (test: MochaTest) => {
        stats.pending++;
        print(`${'  '.repeat(depth)}- ${test.title}`);
      });
    }
  }
  mocha.setup({ ui: 'bdd', timeout: 30000, color: false, reporter: WebReporter, ...(env.grep ? { grep: env.grep } : {}) });
  for (const suite of SUITES) {
    suite.load();
  }
  const excluded = Object.entries(NODE_ONLY).map(([name, reason]) => ({ name, reason }));
  for (const { name, reason } of excluded) {
    print(`Not run in the web host (Node-only): ${name}: ${reason}`);
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const results = { ...stats, failed, excluded, suites: SUITES.map((s) => s.name), host: 'web' };
      print(`web integration: ${stats.passes} passed, ${stats.failures} failed, ${excluded.length} suite(s) not run (Node-only)`);
      fetch(env.resultsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(results) })
        .catch((err: unknown) => console.error('Could not send the results to the harness:', err))
        .finally(() => (failures > 0 ? reject(new Error(`${failures} web integration test(s) failed.`)) : resolve()));
    });
  });
}
