import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import { ContextKey } from '../../src/core/commandIds';
import { eventually } from './helpers';
import { commandLinks, ourWalkthrough, type CommandLink, type Walkthrough } from './walkthroughManifest';

const ID = 'ai-safety-annotations.ai-safety-annotations';

/** Every view id the manifest contributes, in any container. */
function contributedViews(ext: vscode.Extension<unknown>): Set<string> {
  const views = ext.packageJSON.contributes.views as Record<string, { id: string }[]>;
  return new Set(Object.values(views).flatMap((list) => list.map((v) => v.id)));
}

describe('The walkthrough in a real VS Code', function () {
  this.timeout(60000);
  let ext: vscode.Extension<ExtensionApi>;
  let api: ExtensionApi;
  let walkthrough: Walkthrough;
  let links: CommandLink[];

  before(async () => {
    const found = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(found, `${ID} is not installed`);
    ext = found;
    api = await ext.activate();
    walkthrough = ourWalkthrough(ext);
    links = walkthrough.steps.flatMap(commandLinks);
  });

  it('is "Get started with AI Safety Annotations", with its four steps in order and every string localized', () => {
    assert.equal(walkthrough.id, 'getStarted');
    assert.equal(walkthrough.title, 'Get started with AI Safety Annotations');
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['hoverTerm', 'openExplainer', 'addTerm', 'explainTerm'],
    );
    const strings = [walkthrough.title, walkthrough.description, ...walkthrough.steps.flatMap((s) => [s.title, s.description, s.media.altText ?? ''])];
    const raw = strings.filter((s) => s.trim() === '' || /^%[\w.]+%$/.test(s));
    assert.deepEqual(raw, [], 'a string is empty or an unresolved package.nls.json key');
  });

  it('ships every step\'s media in the extension, each with alt text', async () => {
    for (const step of walkthrough.steps) {
      const { svg, image, markdown, altText } = step.media;
      const paths = [svg, markdown, ...(typeof image === 'object' ? Object.values(image) : [image])].filter((p): p is string => typeof p === 'string');
      assert.ok(paths.length > 0, `step ${step.id} has no media`);
      if (svg !== undefined || image !== undefined) {
        assert.ok(altText && altText.length > 20, `step ${step.id}'s image has no real alt text`);
      }
      for (const p of paths) {
        const uri = vscode.Uri.joinPath(ext.extensionUri, p);
        const stat = await vscode.workspace.fs.stat(uri);
        assert.ok(stat.size > 0, `${p} is empty`);
        if (p.endsWith('.svg')) {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          assert.match(text, /<svg[^>]*role="img"/, `${p} is an accessible image`);
          assert.match(text, /<title[^>]*>[^<]+<\/title>/, `${p} has a title`);
          assert.ok(!/<script|href="http|style=/.test(text), `${p} has a script, a remote reference or an inline style`);
        }
      }
    }
  });

  it('completes each step on an event that names a real command, view or context key', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const ours = new Set((ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command));
    const views = contributedViews(ext);
    const contextKeys = new Set<string>(Object.values(ContextKey));
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents && step.completionEvents.length > 0, `step ${step.id} has no completion event`);
      for (const event of step.completionEvents) {
        const [kind, arg = ''] = event.split(/:(.*)/s);
        switch (kind) {
          case 'onCommand':
            assert.ok(ours.has(arg) && registered.has(arg), `${step.id}: ${event} is not one of our registered commands`);
            break;
          case 'onView':
            assert.ok(views.has(arg), `${step.id}: ${event} is not a contributed view`);
            break;
          case 'onContext':
            assert.ok(contextKeys.has(arg), `${step.id}: ${event} is not a context key the extension sets`);
            break;
          default:
            assert.fail(`${step.id}: unexpected completion event ${event}`);
        }
      }
    }
  });

  it('links only commands that exist, each step with one button', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const ours = new Set((ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command));
    assert.ok(links.length >= 6, `only ${links.length} command links`);
    for (const link of links) {
      assert.ok(ours.has(link.command) && registered.has(link.command), `${link.step} links ${link.command}, which is not one of our registered commands`);
    }
    for (const step of walkthrough.steps) {
      assert.equal(links.filter((l) => l.step === step.id && l.button).length, 1, `step ${step.id} has one button`);
    }
  });

  it("the hover step's button opens the sample note read-only, and its terms hover", async () => {
    const link = links.find((l) => l.step === 'hoverTerm' && l.button);
    assert.equal(link?.command, 'aiSafety.openSampleNote');
    const uri = await vscode.commands.executeCommand<string>(link.command, ...link.args);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    assert.equal(editor.document.uri.toString(), uri);
    assert.equal(editor.document.uri.scheme, 'ai-safety-sample', 'a read-only document of our own, not a file of the user');
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(editor.document.isDirty, false);
    const text = editor.document.getText();
    const offset = text.indexOf('mesa-optimizer');
    assert.ok(offset > 0, 'the note mentions mesa-optimizer');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 3));
    assert.ok(hovers.length > 0, 'no hover over mesa-optimizer in the sample note');
    const ids = new Set(api.annotate(editor.document).map((m) => m.id));
    for (const id of ['mesa-optimizer', 'base-optimizer', 'inner-alignment', 'reward-hacking', 'deceptive-alignment']) {
      assert.ok(ids.has(id), `the sample note does not annotate ${id}`);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it(`a hover card sets the ${ContextKey.HoverShown} context key that completes the first step, and the key drops again`, async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'A note on deceptive alignment.' });
    const hover = () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 14));
    assert.ok((await hover()).length > 0, 'no hover card');
    const first = await api.hoverShownKey();
    assert.equal(first.on, true, `${ContextKey.HoverShown} is not true after a card`);
    assert.ok(first.timesSet >= 1, `${ContextKey.HoverShown} was never set`);
    // A burst of cards sends nothing more while the key is true.
    await hover();
    await hover();
    assert.equal((await api.hoverShownKey()).timesSet, first.timesSet);
    // It drops (so a walkthrough opened later sees it change), and the next card sets it again.
    await eventually(async () => !(await api.hoverShownKey()).on, `${ContextKey.HoverShown} is false again`);
    await hover();
    const again = await api.hoverShownKey();
    assert.equal(again.on, true);
    assert.equal(again.timesSet, first.timesSet + 1);
  });

  it('the explainer step\'s button reveals the explainer view', async () => {
    const link = links.find((l) => l.step === 'openExplainer' && l.button);
    assert.equal(link?.command, 'aiSafety.openExplainer');
    await vscode.commands.executeCommand(link.command, ...link.args);
    // The view resolves after the command returns; its visibility is what onView: listens to.
    await eventually(() => api.explainer.isVisible, 'the explainer view is visible');
  });
});
