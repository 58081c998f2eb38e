import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { eventually } from './helpers';
import type { ExtensionApi } from '../../src/extension';
import { findTerm } from '../../src/core/glossary/glossary';

const ID = 'ai-safety-annotations.ai-safety-annotations';
const OUR_COMMANDS = ['aiSafety.showTerm', 'aiSafety.explainTerm'];
let api: ExtensionApi;

/** Escapes `text` the way our hover content does, so a definition can be found in the markdown. */
function asMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** The markdown of the hovers at the first occurrence of `needle` (plus `delta`), with their MarkdownStrings. */
async function hoverMarkdown(doc: vscode.TextDocument, needle: string, delta = 2): Promise<vscode.MarkdownString[]> {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${doc.uri.toString()}`);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + delta))) ?? [];
  return hovers.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c) as vscode.MarkdownString[]);
}

async function hoverShows(doc: vscode.TextDocument, needle: string, text: string): Promise<boolean> {
  return (await hoverMarkdown(doc, needle)).some((m) => m.value.includes(asMarkdown(text)));
}

function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder open');
  return f;
}

const encoder = new TextEncoder();

/** Our diagnostics of a file (the JSON language service adds its own schema checks). */
function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'AI Safety glossary');
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // already gone
  }
}

/** A document in the workspace folder with `text`. */
async function docInFolder(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(folder().uri, name);
  await write(uri, text);
  return vscode.workspace.openTextDocument(uri);
}

const LANTERN_DEF = 'A probe that lights up features of deceptive cognition.';
const HOSTILE = '<img src=x onerror=alert(1)> [run](command:workbench.action.terminal.new) $(zap) [x](javascript:alert(1)) [y](data:text/html,hi)';

function glossaryText(definition = LANTERN_DEF, extra = ''): string {
  return `{
  // a comment, as people write them
  "terms": [
    {
      "term": "Lantern probe",
      "aliases": ["lantern probes"],
      "definition": ${JSON.stringify(definition)},
      "related": ["deceptive-alignment"],
    },
    {
      "term": "Quiver lens",
      "definition": ${JSON.stringify(HOSTILE)},
      "explanation": ${JSON.stringify(HOSTILE)},
      "source": { "authors": ${JSON.stringify(HOSTILE)}, "work": "w", "year": 2026, "url": "javascript:alert(1)" }
    }${extra}
  ],
  "disable": ["reward-hacking"],
}
`;
}

describe('Workspace and user glossary files in a real VS Code', function () {
  this.timeout(90000);
  let glossaryUri: vscode.Uri;
  let md: vscode.TextDocument;
  let py: vscode.TextDocument;

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    glossaryUri = vscode.Uri.joinPath(folder().uri, '.vscode', 'ai-safety-glossary.json');
    md = await docInFolder('lantern.md', '# Notes\n\nOur lantern probes found reward hacking in the run.\n\nA quiver lens too.\n');
    py = await docInFolder('lantern.py', 'def run_lantern_probe(model):\n    return model\n');
    await write(glossaryUri, glossaryText());
    // Start the glossary files now rather than wait for the file watcher to report the new file: on a
    // remote server the watcher can start after this write, and these tests are about what follows.
    api.glossaryFiles();
  });

  after(async () => {
    await remove(glossaryUri);
    await remove(vscode.Uri.joinPath(folder().uri, 'lantern.md'));
    await remove(vscode.Uri.joinPath(folder().uri, 'lantern.py'));
  });

  it('hovers a workspace glossary term in markdown and in Python', async () => {
    await eventually(() => hoverShows(md, 'lantern probes', LANTERN_DEF), 'the markdown hover shows the workspace term');
    await eventually(() => hoverShows(py, 'lantern_probe', LANTERN_DEF), 'the Python hover shows the workspace term');
    const origin = api.glossary.origin('lantern-probe');
    assert.equal(origin?.kind, 'file');
    assert.equal(origin?.kind === 'file' && origin.label, '.vscode/ai-safety-glossary.json');
  });

  it('silences a built-in term the file disables', async () => {
    await eventually(() => api.annotate(md).some((m) => m.id === 'lantern-probe'), 'the workspace glossary is in use');
    assert.ok(!api.annotate(md).some((m) => m.id === 'reward-hacking'), 'reward hacking is still annotated');
    assert.equal((await hoverMarkdown(md, 'reward hacking')).length, 0);
    // Outside the folder the file does not apply.
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'reward hacking and lantern probes' });
    const ids = api.annotate(untitled).map((m) => m.id);
    assert.deepEqual(ids, ['reward-hacking']);
  });

  it('shows file text in hovers as escaped text, with only our own commands enabled', async () => {
    await eventually(async () => (await hoverMarkdown(md, 'quiver lens')).length > 0, 'the quiver lens hovers');
    const [hover] = await hoverMarkdown(md, 'quiver lens');
    assert.ok(hover);
    assert.ok(hover.value.includes(asMarkdown(HOSTILE)), hover.value);
    assert.notEqual(hover.supportHtml, true);
    assert.notEqual(hover.supportThemeIcons, true);
    const trusted = hover.isTrusted;
    assert.ok(typeof trusted === 'object' && trusted !== null);
    assert.deepEqual([...trusted.enabledCommands].sort(), [...OUR_COMMANDS].sort());
    const targets = [...hover.value.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1] ?? '');
    assert.ok(targets.every((t) => /^command:aiSafety\.(showTerm|explainTerm)\?/.test(t)), targets.join(' '));
  });

  it('reports what the schema cannot catch in the Problems panel, at the value', async () => {
    await eventually(() => ours(glossaryUri).length > 0, 'the glossary file has diagnostics');
    const diagnostics = ours(glossaryUri);
    const doc = await vscode.workspace.openTextDocument(glossaryUri);
    const url = diagnostics.find((d) => d.message.includes('https'));
    assert.ok(url, diagnostics.map((d) => d.message).join('\n'));
    assert.equal(doc.getText(url.range), '"javascript:alert(1)"');
    assert.equal(url.severity, vscode.DiagnosticSeverity.Error);
  });

  it('applies a saved change without a reload of the window', async () => {
    const doc = await vscode.workspace.openTextDocument(glossaryUri);
    const editor = await vscode.window.showTextDocument(doc);
    const offset = doc.getText().indexOf(LANTERN_DEF);
    const changed = 'A probe, as revised by the reading group.';
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + LANTERN_DEF.length)), changed));
    assert.ok(await doc.save());
    await eventually(() => hoverShows(md, 'lantern probes', changed), 'the hover shows the saved definition');
    await eventually(() => findTerm(api.glossary, 'lantern-probe')?.definition === changed, 'the sidebar glossary has the saved definition');
  });

  it('keeps the last good terms of a broken file and shows where it is broken', async () => {
    await write(glossaryUri, glossaryText('The definition before it broke.'));
    await eventually(() => hoverShows(md, 'lantern probes', 'The definition before it broke.'), 'the good version is in use');
    const broken = '{\n  "terms": [\n    { "term": "Lantern probe" "definition": "x" }\n  ]\n}\n';
    await write(glossaryUri, broken);
    await eventually(
      () => ours(glossaryUri).some((d) => d.message.startsWith('Invalid JSON')),
      'the broken file has a diagnostic',
    );
    const diagnostic = ours(glossaryUri).find((d) => d.message.startsWith('Invalid JSON'));
    assert.ok(diagnostic);
    assert.equal(diagnostic.range.start.line, 2);
    assert.match(diagnostic.message, /last good version of this file stays in use/);
    assert.ok(await hoverShows(md, 'lantern probes', 'The definition before it broke.'), 'the last good term is gone');
    // A top-level value of the wrong type is handled the same way.
    await write(glossaryUri, '{ "terms": { "term": "Lantern probe", "definition": "x" } }');
    await eventually(() => ours(glossaryUri).some((d) => d.message.includes('"terms" must be a list')), 'the wrong type is reported');
    assert.ok(await hoverShows(md, 'lantern probes', 'The definition before it broke.'));
    await write(glossaryUri, glossaryText());
    await eventually(() => hoverShows(md, 'lantern probes', LANTERN_DEF), 'the repaired file is in use');
  });

  it('drops the terms of a deleted file', async () => {
    await remove(glossaryUri);
    await eventually(() => !api.annotate(md).some((m) => m.id === 'lantern-probe'), 'the deleted file no longer applies');
    assert.ok(api.annotate(md).some((m) => m.id === 'reward-hacking'), 'the disabled term is back');
    assert.equal(ours(glossaryUri).length, 0);
    await write(glossaryUri, glossaryText());
    await eventually(() => api.annotate(md).some((m) => m.id === 'lantern-probe'), 'the file applies again');
  });

  it('applies a user-level file from an absolute path everywhere, and follows the setting', async () => {
    // Beside the workspace folder, outside it: an absolute path on the machine that holds the folder
    // (the local disk; in the web host's remote window, the remote one).
    const uri = vscode.Uri.joinPath(folder().uri, '..', `aisafety-user-glossary-${Date.now()}.json`);
    const file = uri.fsPath;
    await write(uri, '{ "terms": [ { "term": "Harbor metric", "definition": "A metric our lab keeps everywhere." } ] }');
    const config = vscode.workspace.getConfiguration('aiSafety.glossary');
    try {
      await config.update('files', [file], vscode.ConfigurationTarget.Global);
      const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'the harbor metric' });
      await eventually(() => hoverShows(untitled, 'harbor metric', 'A metric our lab keeps everywhere.'), 'the user term hovers outside the folder');
      await eventually(() => hoverShows(md, 'lantern probes', LANTERN_DEF), 'the workspace term still hovers');
      const inFolder = await docInFolder('harbor.txt', 'the harbor metric');
      await eventually(() => hoverShows(inFolder, 'harbor metric', 'A metric our lab keeps everywhere.'), 'the user term hovers in the folder');
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Global);
      await remove(uri);
      await remove(vscode.Uri.joinPath(folder().uri, 'harbor.txt'));
    }
    const later = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'the harbor metric' });
    await eventually(() => api.annotate(later).length === 0, 'the user file no longer applies once the setting is cleared');
  });

  it('adds the selected term to the workspace glossary and puts the cursor on its definition; the half-written entry is skipped, not the file', async () => {
    await eventually(() => hoverShows(md, 'lantern probes', LANTERN_DEF), 'the workspace glossary is in use');
    const doc = await docInFolder('ember.md', 'We saw an Ember gauge in the logs.\n');
    try {
      const editor = await vscode.window.showTextDocument(doc);
      const start = doc.getText().indexOf('Ember gauge');
      editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + 'Ember gauge'.length));
      const id = await vscode.commands.executeCommand<string>('aiSafety.addTermToGlossary');
      assert.equal(id, 'ember-gauge');
      const active = vscode.window.activeTextEditor;
      assert.equal(active?.document.uri.toString(), glossaryUri.toString());
      const text = active.document.getText();
      assert.ok(text.includes('"term": "Ember gauge"'), text);
      assert.ok(text.includes('// a comment, as people write them'), 'the comments were kept');
      const line = active.document.lineAt(active.selection.active.line).text;
      assert.match(line, /"definition": ""/);

      // Until the definition is filled in, the new entry is skipped with a warning at its place and
      // the file's other terms keep hovering.
      const definitionLine = active.selection.active.line;
      await eventually(
        () => ours(glossaryUri).some((d) => d.range.start.line === definitionLine && /skipped until it is fixed/.test(d.message)),
        'the new entry has a warning on its definition',
      );
      const warning = ours(glossaryUri).find((d) => d.range.start.line === definitionLine);
      assert.equal(warning?.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(warning?.message ?? '', /Term "Ember gauge": "definition" is empty/);
      assert.ok(!ours(glossaryUri).some((d) => d.severity === vscode.DiagnosticSeverity.Error && /last good version/.test(d.message)), 'the file was kept whole');
      assert.ok(await hoverShows(md, 'lantern probes', LANTERN_DEF), 'the other terms still hover');
      assert.equal((await hoverMarkdown(doc, 'Ember gauge')).length, 0, 'the incomplete term does not hover yet');

      // Filling in the definition and saving makes the new term hover.
      const definition = 'A gauge of how warm the embers of a training run are.';
      assert.ok(await active.edit((e) => e.insert(active.selection.active, definition)));
      assert.ok(await active.document.save());
      await eventually(() => hoverShows(doc, 'Ember gauge', definition), 'the new term hovers once its definition is saved');
      await eventually(() => !ours(glossaryUri).some((d) => /skipped until it is fixed/.test(d.message)), 'the warning is gone');
    } finally {
      await write(glossaryUri, glossaryText());
      await remove(vscode.Uri.joinPath(folder().uri, 'ember.md'));
    }
  });

  it('creates the workspace glossary with its $schema line when it is missing', async () => {
    // The glossary may still be open from the previous test: close it, so this starts as a person would.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove(glossaryUri);
    try {
      const uri = await vscode.commands.executeCommand<string>('aiSafety.openWorkspaceGlossary');
      assert.equal(uri, glossaryUri.toString());
      // VS Code may show a document it still held for the deleted file until it has read the new one.
      const schemaLine = /"\$schema": "ai-safety-annotations:\/ai-safety-glossary\.schema\.json"/;
      await eventually(() => schemaLine.test(vscode.window.activeTextEditor?.document.getText() ?? ''), 'the new glossary with its $schema line is shown', 10000);
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(glossaryUri)), schemaLine, 'and written to disk');
      const id = await vscode.commands.executeCommand<string>('aiSafety.addTermToGlossary', 'Cinder score');
      assert.equal(id, 'cinder-score');
      assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /"term": "Cinder score"/);
    } finally {
      await write(glossaryUri, glossaryText());
    }
  });

  it('validates a glossary file with the contributed schema while typing, offline, through its $schema line', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'docs.ai-safety-glossary.json');
    await write(uri, '{\n  "$schema": "ai-safety-annotations:/ai-safety-glossary.schema.json",\n  "terms": [ { "term": "Vane", "definition": "d", "colour": "red" } ]\n}\n');
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'jsonc');
      await eventually(
        () => vscode.languages.getDiagnostics(uri).some((d) => d.source !== 'AI Safety glossary' && /colour/.test(d.message)),
        'the JSON language service reports the property the schema does not allow',
        30000,
      );
      const messages = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      assert.ok(!messages.some((m) => /unable to load schema|could not be loaded/i.test(m)), messages.join('\n'));
    } finally {
      await remove(uri);
    }
  });
});
