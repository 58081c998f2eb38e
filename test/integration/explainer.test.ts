import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import { STORED_TEXT_CAP } from '../../src/views/answerStore';
import { ExplainerViewProvider } from '../../src/views/explainerViewProvider';
import { registerFollowCursor, type CursorFollower, type TermLocator } from '../../src/views/followCursor';

const ID = 'ai-safety-annotations.ai-safety-annotations';

/** Polls until `check` holds; fails with `what` and the last observed state after `timeoutMs`. */
async function waitFor(what: string, check: () => boolean, timeoutMs = 15000, describe?: () => string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) {
      assert.fail(`timed out waiting for ${what}${describe ? ` (${describe()})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** An in-memory Memento, so a test can give two providers the same workspace state. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (JSON.parse(JSON.stringify(this.values.get(key))) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) {
      this.values.delete(key);
    } else {
      this.values.set(key, JSON.parse(JSON.stringify(value)));
    }
    return Promise.resolve();
  }
}

describe('Explainer sidebar in a real VS Code', function () {
  this.timeout(60000);
  let api: ExtensionApi;
  let view: ExtensionApi['explainer'];
  const state = () => `visible=${view.isVisible} ready=${view.isReady} tab=${view.shownTab} card=${view.shownCardId} current=${view.currentCardId}`;

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi | undefined>(ID);
    assert.ok(ext, `${ID} is not installed`);
    const exported = await ext.activate();
    assert.ok(exported, 'activate() returned no API in ExtensionMode.Test');
    api = exported;
    view = api.explainer;
  });

  after(async () => {
    if (view?.pinned) {
      await vscode.commands.executeCommand('aiSafety.unpinCard');
    }
    await vscode.workspace.getConfiguration('aiSafety.explainer').update('followCursor', undefined, vscode.ConfigurationTarget.Global);
  });

  describe('commands', () => {
    it('aiSafety.openExplainer reveals the view and its webview loads on the Explainer tab', async () => {
      await vscode.commands.executeCommand('aiSafety.openExplainer');
      await waitFor('the view to be visible and ready', () => view.isVisible && view.isReady, 20000, state);
      await waitFor('the Explainer tab', () => view.shownTab === 'explainer', 15000, state);
    });

    it('aiSafety.showTerm shows the card for a term id', async () => {
      const shown = await vscode.commands.executeCommand('aiSafety.showTerm', 'mesa-optimizer');
      assert.equal(shown, 'mesa-optimizer');
      await waitFor('the mesa-optimizer card', () => view.shownCardId === 'mesa-optimizer' && view.shownTab === 'glossary', 15000, state);
    });

    it('aiSafety.showTerm accepts the id wrapped in a one-element array, as hover links may send it', async () => {
      const shown = await vscode.commands.executeCommand('aiSafety.showTerm', ['base-optimizer']);
      assert.equal(shown, 'base-optimizer');
      await waitFor('the base-optimizer card', () => view.shownCardId === 'base-optimizer', 15000, state);
    });

    it('aiSafety.showTerm with an unknown or malformed id resolves, changes nothing and keeps working', async () => {
      for (const bad of ['no-such-term', 42, {}, null, ['a', 'b'], '<img src=x onerror=alert(1)>', 'x'.repeat(5000)]) {
        const result = await vscode.commands.executeCommand('aiSafety.showTerm', bad);
        assert.equal(result, undefined, `showTerm(${JSON.stringify(bad).slice(0, 40)}) returned ${String(result)}`);
        assert.equal(view.currentCardId, 'base-optimizer', 'the host sent the webview nothing');
      }
      assert.equal(view.shownCardId, 'base-optimizer', 'the webview still shows the previous card');
      assert.equal(await vscode.commands.executeCommand('aiSafety.showTerm', 'goodharts-law'), 'goodharts-law');
      await waitFor('the goodharts-law card', () => view.shownCardId === 'goodharts-law', 15000, state);
    });

    it('aiSafety.pinCard and aiSafety.unpinCard pin and release the current card', async () => {
      await vscode.commands.executeCommand('aiSafety.pinCard');
      assert.equal(view.pinned, true);
      assert.equal(view.followCursor('reward-hacking'), false, 'a pinned card is not replaced by the cursor');
      await vscode.commands.executeCommand('aiSafety.unpinCard');
      assert.equal(view.pinned, false);
    });
  });

  describe('state across hide and show', () => {
    it('restores the open card after the webview is destroyed and rebuilt', async () => {
      await vscode.commands.executeCommand('aiSafety.showTerm', 'mesa-objective');
      await waitFor('the mesa-objective card', () => view.shownCardId === 'mesa-objective', 15000, state);
      const loads = view.readyCount;
      await vscode.commands.executeCommand('workbench.view.explorer');
      await waitFor('the view to be hidden', () => !view.isVisible, 15000, state);
      await vscode.commands.executeCommand('workbench.view.extension.aiSafety');
      await waitFor('the webview to load again', () => view.readyCount > loads && view.isVisible, 20000, state);
      await waitFor('the restored card', () => view.shownCardId === 'mesa-objective' && view.shownTab === 'glossary', 15000, state);
    });
  });

  describe('follow the cursor', () => {
    let editor: vscode.TextEditor;

    before(async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'a workspace folder is open');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'notes.md'));
      await vscode.commands.executeCommand('workbench.view.extension.aiSafety');
      editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
      await waitFor('the view to be visible', () => view.isVisible, 15000, state);
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    const moveTo = (word: string, occurrence = 0) => {
      const text = editor.document.getText();
      let at = -1;
      for (let i = 0; i <= occurrence; i++) {
        at = text.indexOf(word, at + 1);
      }
      assert.ok(at >= 0, `${word} is in notes.md`);
      const pos = editor.document.positionAt(at + 2);
      editor.selection = new vscode.Selection(pos, pos);
    };

    it('shows the card of the term under the cursor', async () => {
      moveTo('mesa-optimizer');
      await waitFor('the card under the cursor', () => view.shownCardId === 'mesa-optimizer', 15000, state);
      moveTo('deceptive alignment');
      await waitFor('the next card', () => view.shownCardId === 'deceptive-alignment', 15000, state);
    });

    it('finds the term on a 5 MB single line by reading only around the cursor', async () => {
      const filler = 'q'.repeat(2_500_000);
      const doc = await vscode.workspace.openTextDocument({ content: `${filler} gradient hacking ${filler}`, language: 'plaintext' });
      const long = await vscode.window.showTextDocument(doc);
      const pos = new vscode.Position(0, filler.length + 3);
      long.selection = new vscode.Selection(pos, pos);
      await waitFor('the card of the term on the long line', () => view.shownCardId === 'gradient-hacking', 15000, state);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      editor = await vscode.window.showTextDocument(editor.document);
      moveTo('deceptive alignment');
      await waitFor('the notes card again', () => view.shownCardId === 'deceptive-alignment', 15000, state);
    });

    /**
     * Follow-the-cursor wired to a recording follower instead of the sidebar, so a test can wait for
     * the debounced check itself (it reads `pinned` last, right before it decides) rather than sleep.
     */
    function recordingFollower(pinned: boolean) {
      const followed: string[] = [];
      const checks: Array<() => void> = [];
      let pinnedReads = 0;
      const follower: CursorFollower = {
        followCursor: (id) => {
          followed.push(id);
          return true;
        },
        isVisible: true,
        get pinned() {
          pinnedReads++;
          checks.splice(0).forEach((resolve) => resolve());
          return pinned;
        },
      };
      /** Resolves once the follower has been asked whether it is pinned `n` more times. */
      const pinnedAsked = (n: number): Promise<void> => {
        const target = pinnedReads + n;
        return new Promise<void>((resolve) => {
          const wait = () => (pinnedReads >= target ? resolve() : checks.push(wait));
          wait();
        });
      };
      // The extension's own annotations, read through the test API (whole-document offsets).
      const locator: TermLocator = {
        termAt: (document, position) => {
          const offset = document.offsetAt(position);
          const lineStart = offset - position.character;
          const match = api.annotate(document).find((m) => m.start <= offset && offset < m.end);
          return match && { id: match.id, start: match.start - lineStart, end: match.end - lineStart };
        },
      };
      const subscriptions: vscode.Disposable[] = [];
      registerFollowCursor({ subscriptions } as unknown as vscode.ExtensionContext, { locator, follower, log: { warn: () => undefined } as unknown as vscode.LogOutputChannel });
      return { followed, pinnedAsked, dispose: () => subscriptions.forEach((d) => d.dispose()) };
    }

    it('asks for the card under the cursor after the debounce (the control for the two tests below)', async () => {
      const rec = recordingFollower(false);
      try {
        const checked = rec.pinnedAsked(2); // once on the selection event, once in the debounced check
        moveTo('reward hacking');
        await checked;
        await new Promise<void>((resolve) => setImmediate(resolve));
        assert.deepEqual(rec.followed, ['reward-hacking']);
      } finally {
        rec.dispose();
      }
    });

    it('leaves the card alone when the setting is off', async () => {
      const config = () => vscode.workspace.getConfiguration('aiSafety.explainer');
      const rec = recordingFollower(false);
      await config().update('followCursor', false, vscode.ConfigurationTarget.Global);
      const before = view.currentCardId;
      try {
        const checked = rec.pinnedAsked(2);
        moveTo('treacherous turn');
        await checked;
        // The check reads the setting right after `pinned` and would call followCursor in the same turn.
        await new Promise<void>((resolve) => setImmediate(resolve));
        assert.deepEqual(rec.followed, [], 'no card was asked for');
        // The sidebar's own follower was scheduled first, so its check has run too.
        assert.equal(view.currentCardId, before, 'the sidebar kept its card');
      } finally {
        rec.dispose();
        await config().update('followCursor', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('leaves a pinned card alone', async () => {
      const rec = recordingFollower(true);
      try {
        const selected = new Promise<void>((resolve) => {
          const sub = vscode.window.onDidChangeTextEditorSelection(() => {
            sub.dispose();
            resolve();
          });
        });
        const asked = rec.pinnedAsked(1);
        moveTo('inner alignment');
        await Promise.all([selected, asked]);
        await new Promise<void>((resolve) => setImmediate(resolve));
        // A pinned follower is told nothing, and no debounced check is even scheduled for it.
        assert.deepEqual(rec.followed, []);
      } finally {
        rec.dispose();
      }
      await waitFor('the sidebar to follow the cursor to inner alignment', () => view.shownCardId === 'inner-alignment', 15000, state);
      await vscode.commands.executeCommand('aiSafety.pinCard');
      try {
        assert.equal(view.pinned, true);
        assert.equal(view.followCursor('treacherous-turn'), false, 'the sidebar refuses a cursor card while pinned');
        assert.equal(view.currentCardId, 'inner-alignment');
      } finally {
        await vscode.commands.executeCommand('aiSafety.unpinCard');
      }
      moveTo('mesa-optimizer');
      await waitFor('following again after unpinning', () => view.shownCardId === 'mesa-optimizer', 15000, state);
    });
  });

  describe('answers (the AnswerSink)', () => {
    it('keeps started, streamed and finished answers, newest first, and shows the Answers tab', async () => {
      const base = { model: 'gpt-4o', host: '127.0.0.1:9', startedAt: Date.now() };
      await view.start({ id: 'it-first', question: 'First question', ...base });
      const chunks = Array.from({ length: 500 }, (_, i) => `chunk ${i}; `);
      chunks.forEach((c) => view.append('it-first', c));
      await view.start({ id: 'it-second', question: 'Second question', termId: 'mesa-optimizer', ...base });
      view.append('it-second', 'second answer');
      view.append('it-first', 'still first');
      view.finish('it-first', 'complete');
      view.finish('it-second', 'error', 'The API answered HTTP 500.');
      view.append('it-first', 'after the end');
      view.append('it-unknown', 'nobody asked');

      const [second, first] = view.records();
      assert.equal(second?.id, 'it-second');
      assert.equal(second?.status, 'error');
      assert.equal(second?.error, 'The API answered HTTP 500.');
      assert.equal(second?.text, 'second answer');
      assert.equal(first?.id, 'it-first');
      assert.equal(first?.status, 'complete');
      assert.equal(first?.text, chunks.join('') + 'still first');
      await waitFor('the Answers tab', () => view.shownTab === 'answers', 15000, state);
    });

    it('tells the LLM side when the webview asks to stop a streaming answer', async () => {
      const stopped: string[] = [];
      const sub = view.onDidRequestStop((id) => stopped.push(id));
      try {
        await view.start({ id: 'it-stop', question: 'Stop me', model: 'gpt-4o', host: '127.0.0.1:9', startedAt: Date.now() });
        assert.equal(await view.receive({ type: 'stopAnswer', id: 'it-stop' }), true);
        assert.deepEqual(stopped, ['it-stop']);
        view.finish('it-stop', 'cancelled');
        await view.receive({ type: 'stopAnswer', id: 'it-stop' });
        assert.deepEqual(stopped, ['it-stop'], 'a finished answer is not stopped again');
      } finally {
        sub.dispose();
      }
    });

    it('inserts the whole answer, beyond what the view renders, at the cursor', async () => {
      const doc = await vscode.workspace.openTextDocument({ content: 'before\nafter\n', language: 'markdown' });
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(1, 0, 1, 0);
      const text = `# Long answer\n${'word '.repeat(30_000)}\nEND-OF-ANSWER\n`;
      await view.start({ id: 'it-insert', question: 'Long', model: 'gpt-4o', host: '127.0.0.1:9', startedAt: Date.now() });
      for (let i = 0; i < text.length; i += 1000) {
        view.append('it-insert', text.slice(i, i + 1000));
      }
      view.finish('it-insert', 'complete');
      await vscode.window.showTextDocument(doc);
      assert.equal(await view.receive({ type: 'insertAnswer', id: 'it-insert' }), true);
      assert.equal(doc.getText(), `before\n${text}after\n`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('ignores malformed or disallowed webview messages', async () => {
      const bad: unknown[] = [
        { type: 'openExternal', url: 'javascript:alert(1)' },
        { type: 'openExternal', url: 'command:workbench.action.terminal.new' },
        { type: 'runCommand', command: 'aiSafety.clearApiKey' },
        { type: 'runCommand', command: 'explainTerm', termId: 'no-such-term' },
        { type: 'copyAnswer', id: 42 },
        { type: 'stateChanged', tab: 'glossary', cardId: 'no-such-term' },
        'ready',
        null,
      ];
      for (const message of bad) {
        assert.equal(await view.receive(message), false, JSON.stringify(message));
      }
    });

    it('survives a fresh provider over the same workspace state, capped and with streams marked interrupted', async () => {
      const log = vscode.window.createOutputChannel('AI Safety explainer test', { log: true });
      const storage = new MemoryMemento();
      const deps = { extensionUri: vscode.Uri.file('/nonexistent'), storage, glossary: api.glossary, log, historySize: () => 3 };
      const before = new ExplainerViewProvider(deps);
      try {
        const base = { model: 'gpt-4o', host: '127.0.0.1:9', startedAt: 1 };
        for (const id of ['p1', 'p2', 'p3']) {
          await before.start({ id, question: `question ${id}`, ...base });
          before.append(id, `answer ${id}`);
          before.finish(id, 'complete');
        }
        await before.start({ id: 'p4', question: 'huge', ...base });
        before.append('p4', 'x'.repeat(STORED_TEXT_CAP + 50_000));
        before.dispose();

        const after = new ExplainerViewProvider(deps);
        try {
          const records = after.records();
          assert.deepEqual(records.map((r) => r.id), ['p4', 'p3', 'p2'], 'newest first, capped at the history size');
          assert.equal(records[0]?.status, 'interrupted');
          assert.match(records[0]?.error ?? '', /closed or reloaded/);
          assert.equal(records[0]?.text.length, STORED_TEXT_CAP);
          assert.equal(records[1]?.text, 'answer p3');
          assert.equal(records[1]?.status, 'complete');
        } finally {
          after.dispose();
        }
      } finally {
        log.dispose();
      }
    });
  });
});
