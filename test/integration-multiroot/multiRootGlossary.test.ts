import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import { findTerm } from '../../src/core/glossary/glossary';
import { eventually } from '../integration/helpers';

// Runs in a third code-server run (`runIntegration.js --multi-root`): a `.code-workspace` with the
// folders "alpha" and "bravo". Each has `.vscode/ai-safety-glossary.json` with a term of its own
// ("Alpha beacon", "Bravo gauge") and its own override of mesa-optimizer, and the same notes.md; the
// user settings name a user-level glossary file ("Harbor metric").
const ID = 'ai-safety-annotations.ai-safety-annotations';

/** Escapes `text` the way our hover content does, so a definition can be found in the markdown. */
function asMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** The markdown of the hovers at the first occurrence of `needle` in a document. */
async function hoverText(doc: vscode.TextDocument, needle: string): Promise<string> {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${doc.uri.toString()}`);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 2))) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverShows(doc: vscode.TextDocument, needle: string, definition: string): Promise<boolean> {
  return (await hoverText(doc, needle)).includes(asMarkdown(definition));
}

const ALPHA_DEF = 'A beacon only folder alpha defines.';
const BRAVO_DEF = 'A gauge only folder bravo defines.';
const ALPHA_MESA = 'Folder alpha defines mesa-optimizers its own way.';
const BRAVO_MESA = 'Folder bravo has another definition of mesa-optimizers.';
const HARBOR_DEF = 'A metric the user keeps in every workspace.';

describe('A multi-root workspace whose folders have different glossaries', function () {
  this.timeout(90000);
  let api: ExtensionApi;
  let alpha: vscode.WorkspaceFolder;
  let bravo: vscode.WorkspaceFolder;
  let alphaDoc: vscode.TextDocument;
  let bravoDoc: vscode.TextDocument;

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => f.name), ['alpha', 'bravo']);
    [alpha, bravo] = folders as [vscode.WorkspaceFolder, vscode.WorkspaceFolder];
    alphaDoc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(alpha.uri, 'notes.md'));
    bravoDoc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(bravo.uri, 'notes.md'));
    api.glossaryFiles();
    await eventually(() => api.annotate(alphaDoc).some((m) => m.id === 'alpha-beacon'), 'the glossary files are read');
  });

  it("hovers folder alpha's term in alpha's document and not bravo's, and the other way round", async () => {
    await eventually(() => hoverShows(alphaDoc, 'alpha beacon', ALPHA_DEF), "alpha's term hovers in alpha");
    assert.equal(await hoverText(alphaDoc, 'bravo gauge'), '', "bravo's term hovers in alpha");
    await eventually(() => hoverShows(bravoDoc, 'bravo gauge', BRAVO_DEF), "bravo's term hovers in bravo");
    assert.equal(await hoverText(bravoDoc, 'alpha beacon'), '', "alpha's term hovers in bravo");
    assert.deepEqual(api.annotate(alphaDoc).map((m) => m.id).sort(), ['alpha-beacon', 'harbor-metric', 'mesa-optimizer']);
    assert.deepEqual(api.annotate(bravoDoc).map((m) => m.id).sort(), ['bravo-gauge', 'harbor-metric', 'mesa-optimizer']);
  });

  it('overrides a built-in term differently in each folder', async () => {
    await eventually(() => hoverShows(alphaDoc, 'mesa-optimizer', ALPHA_MESA), "alpha's override hovers in alpha");
    assert.ok(!(await hoverShows(alphaDoc, 'mesa-optimizer', BRAVO_MESA)));
    await eventually(() => hoverShows(bravoDoc, 'mesa-optimizer', BRAVO_MESA), "bravo's override hovers in bravo");
    assert.ok(!(await hoverShows(bravoDoc, 'mesa-optimizer', ALPHA_MESA)));
    // Outside both folders the built-in definition applies.
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'a mesa-optimizer' });
    const text = await hoverText(untitled, 'mesa-optimizer');
    assert.ok(text !== '' && !text.includes(asMarkdown(ALPHA_MESA)) && !text.includes(asMarkdown(BRAVO_MESA)), text);
  });

  it('applies the user-level glossary file in both folders and outside them', async () => {
    await eventually(() => hoverShows(alphaDoc, 'harbor metric', HARBOR_DEF), 'the user term hovers in alpha');
    await eventually(() => hoverShows(bravoDoc, 'harbor metric', HARBOR_DEF), 'the user term hovers in bravo');
    const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'the harbor metric' });
    await eventually(() => hoverShows(untitled, 'harbor metric', HARBOR_DEF), 'the user term hovers outside the folders');
  });

  it("shows the glossary of the active editor's folder in the sidebar, says whose, and follows the editor", async () => {
    await api.explainer.openExplainer();
    await eventually(() => api.explainer.isReady, 'the sidebar is ready');

    await vscode.window.showTextDocument(alphaDoc);
    await eventually(() => api.glossary.scope === alpha.uri.toString(), "the sidebar shows alpha's glossary");
    assert.ok(findTerm(api.glossary, 'alpha-beacon'));
    assert.equal(findTerm(api.glossary, 'bravo-gauge'), undefined);
    assert.equal(findTerm(api.glossary, 'mesa-optimizer')?.definition, ALPHA_MESA);
    assert.ok(findTerm(api.glossary, 'harbor-metric'));
    assert.equal(await api.explainer.showTerm('alpha-beacon'), true, "alpha's card can be shown");
    assert.equal(await api.explainer.showTerm('bravo-gauge'), false, "bravo's card is not in alpha's glossary");
    await eventually(() => /the folder "alpha"/.test(api.explainer.renderedScopeNote ?? ''), 'the sidebar says it shows alpha');

    const renders = api.explainer.renderCount;
    await vscode.window.showTextDocument(bravoDoc);
    await eventually(() => api.glossary.scope === bravo.uri.toString(), "the sidebar follows to bravo's glossary");
    assert.ok(findTerm(api.glossary, 'bravo-gauge'));
    assert.equal(findTerm(api.glossary, 'alpha-beacon'), undefined);
    assert.equal(findTerm(api.glossary, 'mesa-optimizer')?.definition, BRAVO_MESA);
    const origin = api.glossary.origin('bravo-gauge');
    assert.equal(origin?.kind === 'file' && origin.label, 'bravo/.vscode/ai-safety-glossary.json');
    await eventually(() => api.explainer.renderCount > renders, 'the sidebar is rendered again');
    await eventually(() => /the folder "bravo"/.test(api.explainer.renderedScopeNote ?? ''), 'the sidebar says it shows bravo');
    await eventually(() => api.explainer.isReady, 'the re-rendered sidebar is ready');
    assert.equal(await api.explainer.showTerm('bravo-gauge'), true, "bravo's card can be shown");

    // An editor outside every folder, or none: the first folder's glossary.
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'notes outside the folders' });
    await vscode.window.showTextDocument(untitled);
    await eventually(() => api.glossary.scope === alpha.uri.toString(), 'an editor outside the folders shows the first folder');
    await eventually(() => /the folder "alpha"/.test(api.explainer.renderedScopeNote ?? ''), 'the sidebar says it shows the first folder');
    await vscode.window.showTextDocument(bravoDoc);
    await eventually(() => api.glossary.scope === bravo.uri.toString(), 'back to bravo');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await eventually(() => api.glossary.scope === alpha.uri.toString(), 'with no editor, the first folder');
  });
});
