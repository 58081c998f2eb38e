import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { eventually, openFixture } from './helpers';
import type * as Core from '../../src/core/index';
import type { ExtensionApi } from '../../src/extension';
import { createBundleLoader } from '../../src/platform/host';

const ID = 'ai-safety-annotations.ai-safety-annotations';
let api: ExtensionApi;
let core: typeof Core;

function definitionOf(id: string): string {
  const term = api.glossary.terms.find((t) => t.id === id);
  assert.ok(term, `no term ${id}`);
  return term.definition.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

function values(hovers: readonly vscode.Hover[]): string[] {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as { value: string }).value)));
}

async function hoversAtOffset(doc: vscode.TextDocument, offset: number): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset))) ?? [];
}

/** The term id of our hover at `offset`, or undefined when none of our hovers is there. */
async function ourHoverAt(doc: vscode.TextDocument, offset: number): Promise<string | undefined> {
  const all = values(await hoversAtOffset(doc, offset));
  const ours = all.filter((v) => v.includes('command:aiSafety.'));
  if (ours.length === 0) {
    return undefined;
  }
  const term = api.glossary.terms.find((t) => ours.some((v) => v.includes(definitionOf(t.id))));
  return term?.id ?? 'unknown';
}

async function hoverOn(doc: vscode.TextDocument, needle: string, delta = 2): Promise<string | undefined> {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${doc.uri.path}`);
  return ourHoverAt(doc, offset + delta);
}

async function setAnnotationSetting(key: 'ambiguousTerms' | 'disabledTerms', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('aiSafety.annotations').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Sense-aware annotations in a real VS Code', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi | undefined>(ID);
    assert.ok(ext, `${ID} is not installed`);
    const exported = await ext.activate();
    assert.ok(exported?.annotate, 'activate() returned no annotate in test mode');
    api = exported;
    // The shipped core bundle, loaded as the extension loads it (dist/core.js, the same file for both hosts).
    const bundle = createBundleLoader<typeof Core>(ext.extensionUri, 'core');
    await bundle.prepare();
    core = bundle.load();
  });

  it('shows no hover on base_optimizer in a plain optimizer file', async () => {
    const notes = await openFixture('agent.py');
    await eventually(async () => (await hoverOn(notes, 'base_optimizer')) === 'base-optimizer', 'the provider answers in AI-safety code');
    const sam = await openFixture('sam_optimizer.py');
    assert.equal(await hoverOn(sam, 'base_optimizer'), undefined);
    assert.equal(await hoverOn(sam, 'inner_optimizer'), undefined);
  });

  it('shows the hover on the same words in AI-safety notes', async () => {
    const notes = await openFixture('notes.md');
    await eventually(async () => (await hoverOn(notes, 'base optimizer', 6)) === 'base-optimizer', 'notes.md shows the base optimizer');
    assert.equal(await hoverOn(notes, 'mesa-optimizer'), 'mesa-optimizer');
  });

  it('aiSafety.annotations.ambiguousTerms takes effect without a reload', async () => {
    const sam = await openFixture('sam_optimizer.py');
    const notes = await openFixture('notes.md');
    try {
      await setAnnotationSetting('ambiguousTerms', 'always');
      await eventually(async () => (await hoverOn(sam, 'base_optimizer')) === 'base-optimizer', "'always' annotates the optimizer file");
      await setAnnotationSetting('ambiguousTerms', 'never');
      await eventually(async () => (await hoverOn(notes, 'base optimizer', 6)) === undefined, "'never' drops the base optimizer in notes");
      assert.equal(await hoverOn(notes, 'deceptive alignment', 12), 'deceptive-alignment', 'unambiguous terms stay');
    } finally {
      await setAnnotationSetting('ambiguousTerms', undefined);
    }
    await eventually(async () => (await hoverOn(sam, 'base_optimizer')) === undefined, 'the default is back');
  });

  it('aiSafety.annotations.disabledTerms takes effect without a reload', async () => {
    const notes = await openFixture('notes.md');
    try {
      await setAnnotationSetting('disabledTerms', ['deceptive-alignment']);
      await eventually(async () => (await hoverOn(notes, 'deceptive alignment', 12)) === undefined, 'the disabled term has no hover');
      assert.equal(await hoverOn(notes, 'mesa-optimizer'), 'mesa-optimizer', 'other terms stay');
    } finally {
      await setAnnotationSetting('disabledTerms', undefined);
    }
    await eventually(async () => (await hoverOn(notes, 'deceptive alignment', 12)) === 'deceptive-alignment', 'the term is back');
  });

  for (const file of ['notes.md', 'agent.py', 'sam_optimizer.py', 'quantum.md', 'plain.txt']) {
    it(`hover and annotate agree on ${file}`, async () => {
      const doc = await openFixture(file);
      const text = doc.getText();
      const marked = api.annotate(doc);
      // The extension's decision is the core's: dist/core.js with default settings says the same.
      const fromCore = core.createAnnotator(core.loadBuiltinGlossary()).annotate(text, doc.languageId);
      assert.deepEqual(marked, fromCore);
      if (file === 'notes.md' || file === 'agent.py') {
        assert.ok(marked.length > 3, `${file} marks terms`);
      }
      const inside = new Set<number>();
      for (const m of marked) {
        for (let i = m.start; i < m.end; i++) {
          inside.add(i);
        }
        for (const at of new Set([m.start, Math.floor((m.start + m.end) / 2), m.end - 1])) {
          assert.equal(await ourHoverAt(doc, at), m.id, `${file}: hover at ${at} (${text.slice(m.start, m.end)})`);
        }
      }
      // Outside the matches: the first character of every word-like run that annotate does not mark.
      for (const word of text.matchAll(/[A-Za-z_][A-Za-z_-]*/g)) {
        const at = word.index ?? 0;
        if (!inside.has(at)) {
          assert.equal(await ourHoverAt(doc, at), undefined, `${file}: unexpected hover on ${word[0]} at ${at}`);
        }
      }
    });
  }
});
