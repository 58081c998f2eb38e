import * as assert from 'assert';
import { parseTree, findNodeAtLocation } from 'jsonc-parser';
import { planGlossaryFiles, WORKSPACE_GLOSSARY_PATH } from '../../src/core/glossary/filePlan';
import { addTermToFile, GLOSSARY_SCHEMA_URL, newGlossaryFileText } from '../../src/core/glossary/fileEdit';
import { parseGlossaryFile } from '../../src/core/glossary/userFile';

describe('glossary file plan', () => {
  it('reads the workspace glossary and relative paths in each folder of a trusted workspace', () => {
    const plan = planGlossaryFiles({ user: ['docs/glossary.json'], workspace: ['./team/terms.json', 'docs/glossary.json'] }, true, '/home/ada');
    assert.deepStrictEqual(plan.inEachFolder, [WORKSPACE_GLOSSARY_PATH, 'docs/glossary.json', 'team/terms.json']);
    assert.deepStrictEqual(plan.everywhere, []);
    assert.deepStrictEqual(plan.ignored, []);
  });

  it('reads absolute and ~ paths only from user settings, everywhere', () => {
    const plan = planGlossaryFiles({ user: ['~/glossary.json', '/srv/lab.json'], workspace: ['/etc/passwd', '~/.ssh/id_rsa.json', 'C:\\x.json'] }, true, '/home/ada/');
    assert.deepStrictEqual(plan.everywhere, ['/home/ada/glossary.json', '/srv/lab.json']);
    assert.deepStrictEqual(plan.ignored.map((i) => i.path), ['/etc/passwd', '~/.ssh/id_rsa.json', 'C:\\x.json']);
  });

  it('never lets a relative path leave the folder', () => {
    const plan = planGlossaryFiles({ user: [], workspace: ['../secrets.json', 'a/../../b.json'] }, true, '/home/ada');
    assert.deepStrictEqual(plan.inEachFolder, [WORKSPACE_GLOSSARY_PATH]);
    assert.strictEqual(plan.ignored.length, 2);
  });

  it('reads no workspace file in an untrusted workspace, but keeps the user-level ones', () => {
    const plan = planGlossaryFiles({ user: ['~/g.json', 'docs/g.json'], workspace: ['team/terms.json'] }, false, '/home/ada');
    assert.deepStrictEqual(plan.inEachFolder, []);
    assert.deepStrictEqual(plan.everywhere, ['/home/ada/g.json']);
    assert.deepStrictEqual(plan.ignored.map((i) => i.reason), [
      'workspace files are read only in a trusted workspace',
      'workspace files are read only in a trusted workspace',
    ]);
  });
});

describe('adding a term to a glossary file', () => {
  it('creates a file with the $schema line and the new entry, the definition left to fill in', () => {
    const result = addTermToFile('', '  Lantern   probe ');
    assert.ok(result);
    assert.strictEqual(result.id, 'lantern-probe');
    assert.ok(result.added);
    assert.ok(result.text.includes(`"$schema": "${GLOSSARY_SCHEMA_URL}"`));
    assert.strictEqual(result.text.slice(result.definition.offset - 1, result.definition.offset + 1), '""');
    const entry = findNodeAtLocation(parseTree(result.text) ?? assert.fail('no tree'), ['terms', 0, 'term']);
    assert.strictEqual(entry?.value, 'Lantern probe');
  });

  it('appends to an existing file, keeping its comments and other entries', () => {
    const text = '{\n  // ours\n  "terms": [\n    { "term": "Alpha lens", "definition": "d" },\n  ],\n}\n';
    const result = addTermToFile(text, 'Beta lens');
    assert.ok(result?.added);
    assert.ok(result.text.includes('// ours'));
    const parsed = parseGlossaryFile(result.text.replace('"definition": ""', '"definition": "filled"'));
    assert.deepStrictEqual(parsed.terms.map((t) => t.id), ['alpha-lens', 'beta-lens']);
  });

  it('adds a terms list to a file that has none, and finds an entry that is already there', () => {
    const added = addTermToFile('{ "disable": ["scheming"] }', 'Gamma lens');
    assert.ok(added?.added);
    const again = addTermToFile(added.text, 'gamma lens');
    assert.ok(again);
    assert.strictEqual(again.added, false);
    assert.strictEqual(again.text, added.text);
    assert.strictEqual(again.definition.offset, added.definition.offset);
  });

  it('refuses a file it cannot edit safely, and a term without letters or digits', () => {
    assert.strictEqual(addTermToFile('[1, 2]', 'Delta'), undefined);
    assert.strictEqual(addTermToFile('{ "terms": 5 }', 'Delta'), undefined);
    assert.strictEqual(addTermToFile('', '!!!'), undefined);
  });

  it('writes a new file that parses as a usable, empty glossary', () => {
    const parsed = parseGlossaryFile(newGlossaryFileText());
    assert.ok(parsed.usable);
    assert.deepStrictEqual(parsed.terms, []);
  });
});
