import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { eventually, openFixture } from './helpers';
import type { ExtensionApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';
const OUR_COMMANDS = ['aiSafety.showTerm', 'aiSafety.explainTerm'];

/** Our hover is recognised by the term's definition from the glossary the extension loaded. */
let api: ExtensionApi;

function definitionOf(id: string): string {
  const term = api.glossary.terms.find((t) => t.id === id);
  assert.ok(term, `no term ${id} in the glossary`);
  return term.definition;
}

/** The markdown of every hover content item, with its trust settings when it is a MarkdownString. */
function contents(hovers: readonly vscode.Hover[]): { value: string; md?: vscode.MarkdownString }[] {
  return hovers.flatMap((h) =>
    h.contents.map((c) => {
      if (typeof c === 'string') {
        return { value: c };
      }
      if (c instanceof vscode.MarkdownString || 'isTrusted' in c || 'supportHtml' in c) {
        return { value: c.value, md: c as vscode.MarkdownString };
      }
      return { value: (c as { value: string }).value };
    }),
  );
}

/** Escapes `text` the way our hover content does, so a definition can be found in the markdown. */
function asMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Hovers at the first occurrence of `needle` (plus `delta` characters into it). */
async function hoversAt(doc: vscode.TextDocument, needle: string, delta = 2): Promise<vscode.Hover[]> {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${doc.uri.toString()}`);
  const pos = doc.positionAt(offset + delta);
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
}

/** Whether one of the hovers is ours for `id`. */
function hasOurHover(hovers: readonly vscode.Hover[], id: string): boolean {
  const want = asMarkdown(definitionOf(id));
  return contents(hovers).some((c) => c.value.includes(want));
}

async function setHoverSetting(key: string, value: unknown, languageId?: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('aiSafety.hover', languageId ? { languageId } : undefined);
  await config.update(key, value, vscode.ConfigurationTarget.Global, languageId !== undefined);
}

describe('Term hovers in a real VS Code', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    assert.ok(api?.glossary, 'activate() returned no glossary');
  });

  const cases: { file: string; language: string; needle: string; id: string; delta?: number }[] = [
    { file: 'notes.md', language: 'markdown', needle: 'mesa-optimizer', id: 'mesa-optimizer' },
    { file: 'notes.md', language: 'markdown', needle: 'base optimizer', id: 'base-optimizer', delta: 6 },
    { file: 'notes.md', language: 'markdown', needle: 'deceptive alignment', id: 'deceptive-alignment', delta: 12 },
    { file: 'agent.py', language: 'python', needle: 'base_optimizer', id: 'base-optimizer' },
    { file: 'agent.py', language: 'python', needle: 'class MesaOptimizer', id: 'mesa-optimizer', delta: 8 },
    { file: 'trainer.ts', language: 'typescript', needle: 'buildMesaOptimizer', id: 'mesa-optimizer', delta: 9 },
    { file: 'trainer.ts', language: 'typescript', needle: 'REWARD_HACKING_PENALTY', id: 'reward-hacking', delta: 9 },
    { file: 'plain.txt', language: 'plaintext', needle: 'inner alignment', id: 'inner-alignment', delta: 8 },
  ];

  for (const c of cases) {
    it(`shows the ${c.id} definition over "${c.needle}" in ${c.file} (${c.language})`, async () => {
      const doc = await openFixture(c.file);
      assert.equal(doc.languageId, c.language);
      await eventually(async () => hasOurHover(await hoversAt(doc, c.needle, c.delta), c.id), `${c.file} shows the ${c.id} hover`);
    });
  }

  it('covers exactly the term, not the rest of the identifier', async () => {
    const doc = await openFixture('trainer.ts');
    const hovers = await hoversAt(doc, 'buildMesaOptimizer', 9);
    const ours = hovers.find((h) => hasOurHover([h], 'mesa-optimizer'));
    assert.ok(ours?.range, 'our hover has a range');
    assert.equal(doc.getText(ours.range), 'MesaOptimizer');
  });

  it('trusts only our two commands and no HTML', async () => {
    const doc = await openFixture('notes.md');
    const hovers = await hoversAt(doc, 'mesa-optimizer');
    const ours = contents(hovers).filter((c) => c.value.includes(asMarkdown(definitionOf('mesa-optimizer'))));
    assert.equal(ours.length, 1);
    const md = ours[0]?.md;
    assert.ok(md, 'our hover content is a MarkdownString');
    assert.notEqual(md.isTrusted, true, 'never trusts every command');
    const trusted = md.isTrusted;
    assert.ok(typeof trusted === 'object' && trusted !== null, `isTrusted is ${JSON.stringify(trusted)}`);
    assert.deepEqual([...trusted.enabledCommands].sort(), [...OUR_COMMANDS].sort());
    assert.notEqual(md.supportHtml, true);
    const linked = [...md.value.matchAll(/\]\(command:([^?)\s]+)/g)].map((m) => m[1]);
    assert.ok(linked.length >= 2, md.value);
    assert.ok(linked.every((c) => c !== undefined && OUR_COMMANDS.includes(c)), `links to ${linked.join(', ')}`);
  });

  it('shows hovers in an untitled document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Is this a case of gradient hacking?\n' });
    assert.equal(doc.uri.scheme, 'untitled');
    await eventually(async () => hasOurHover(await hoversAt(doc, 'gradient hacking', 4), 'gradient-hacking'), 'the untitled document shows a hover');
  });

  it('shows hovers in a document of any other URI scheme', async () => {
    const scheme = 'aisafety-hover-test';
    const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, {
      provideTextDocumentContent: () => 'Notes about the treacherous turn.\n',
    });
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/virtual/notes.txt`));
      await eventually(async () => hasOurHover(await hoversAt(doc, 'treacherous turn', 3), 'treacherous-turn'), `a ${scheme}: document shows a hover`);
    } finally {
      registration.dispose();
    }
  });

  it('shows none of our hovers where no term is', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'The database optimizer and the Mesa 3D drivers; an optimizer; alignment.\n',
    });
    // Make sure the provider is answering for this document before checking the negatives.
    const probe = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'gradient hacking\n' });
    await eventually(async () => hasOurHover(await hoversAt(probe, 'gradient hacking'), 'gradient-hacking'), 'the provider answers');
    for (const [needle, delta] of [['database optimizer', 5], ['database optimizer', 10], ['Mesa 3D', 1], ['an optimizer', 5], ['alignment', 3]] as const) {
      const all = contents(await hoversAt(doc, needle, delta));
      assert.ok(
        !all.some((c) => c.value.includes('command:aiSafety.')),
        `unexpected hover at ${needle}+${delta}: ${all.map((c) => c.value).join(' | ')}`,
      );
    }
  });

  describe('settings', () => {
    afterEach(async () => {
      await setHoverSetting('excludedLanguages', undefined);
      await setHoverSetting('enabled', undefined);
      await setHoverSetting('enabled', undefined, 'markdown');
    });

    it('aiSafety.hover.excludedLanguages removes the hover in Python only', async () => {
      const py = await openFixture('agent.py');
      const txt = await openFixture('plain.txt');
      await eventually(async () => hasOurHover(await hoversAt(py, 'base_optimizer'), 'base-optimizer'), 'python shows the hover');
      await setHoverSetting('excludedLanguages', ['python']);
      await eventually(async () => !hasOurHover(await hoversAt(py, 'base_optimizer'), 'base-optimizer'), 'python shows no hover');
      assert.ok(hasOurHover(await hoversAt(txt, 'inner alignment', 8), 'inner-alignment'), 'plaintext still shows hovers');
      await setHoverSetting('excludedLanguages', undefined);
      await eventually(async () => hasOurHover(await hoversAt(py, 'base_optimizer'), 'base-optimizer'), 'python shows the hover again');
    });

    it('aiSafety.hover.enabled false removes every hover', async () => {
      const md = await openFixture('notes.md');
      const ts = await openFixture('trainer.ts');
      await setHoverSetting('enabled', false);
      await eventually(async () => !hasOurHover(await hoversAt(md, 'mesa-optimizer'), 'mesa-optimizer'), 'markdown shows no hover');
      assert.ok(!hasOurHover(await hoversAt(ts, 'buildMesaOptimizer', 9), 'mesa-optimizer'), 'typescript shows no hover');
    });

    it('aiSafety.hover.enabled can be turned off for one language', async () => {
      const md = await openFixture('notes.md');
      const txt = await openFixture('plain.txt');
      await setHoverSetting('enabled', false, 'markdown');
      await eventually(async () => !hasOurHover(await hoversAt(md, 'mesa-optimizer'), 'mesa-optimizer'), 'markdown shows no hover');
      assert.ok(hasOurHover(await hoversAt(txt, 'inner alignment', 8), 'inner-alignment'), 'plaintext still shows hovers');
    });
  });

  it('answers on a 5 MB single-line document without reading the whole line', async () => {
    // Plain text, so no other extension's hover (a language server parsing 5 MB) is in the timing.
    const filler = 'x=1;'.repeat(625_000);
    const content = `${filler} var rewardHackingRate = 0; ${filler}`;
    let t = Date.now();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    const openMs = Date.now() - t;
    assert.equal(doc.lineCount, 1);
    assert.ok(doc.getText().length > 5_000_000);
    t = Date.now();
    await eventually(async () => hasOurHover(await hoversAt(doc, 'rewardHacking', 4), 'reward-hacking'), 'the long line shows the hover', 30000);
    const firstMs = Date.now() - t;
    t = Date.now();
    const again = await hoversAt(doc, 'rewardHacking', 9);
    const againMs = Date.now() - t;
    assert.ok(hasOurHover(again, 'reward-hacking'));
    const near = await hoversAt(doc, 'x=1;', 1);
    assert.ok(!contents(near).some((c) => c.value.includes('command:aiSafety.')), 'no hover on the filler');
    // Not timing assertions: recorded so that a regression shows in the log.
    console.log(`    5 MB line: opened in ${openMs} ms, first hover ${firstMs} ms, next hover ${againMs} ms`);
  });
});
