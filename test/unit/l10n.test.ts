import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nJson, type l10nJsonFormat } from '@vscode/l10n-dev';
import { ENGLISH_HOVER_LABELS } from '../../src/core/hoverContent';
import { ENGLISH_GLOSSARY_MESSAGES } from '../../src/core/glossary/messages';
import { ENGLISH_API_KEY_MESSAGES, ENGLISH_LLM_MESSAGES } from '../../src/core/llmMessages';
import { ENGLISH_EXPLAINER_STRINGS } from '../../src/views/uiStrings';

const ROOT = path.resolve(__dirname, '../../..');
/** The languages the extension ships a full translation for. */
const TRANSLATIONS = ['de'];

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

/** Every `.ts` file under `dir`, as l10n-dev reads them. */
function scriptFiles(dir: string): { contents: string; extension: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return scriptFiles(full);
    }
    return entry.name.endsWith('.ts') ? [{ contents: fs.readFileSync(full, 'utf8'), extension: '.ts' }] : [];
  });
}

/** Every `%key%` the manifest uses. */
function manifestKeys(): Set<string> {
  const keys = new Set<string>();
  JSON.stringify(readJson('package.json'), (_key, value: unknown) => {
    const m = typeof value === 'string' ? /^%([^%\s]+)%$/.exec(value) : null;
    if (m?.[1]) {
      keys.add(m[1]);
    }
    return value;
  });
  return keys;
}

/** The text of a bundle entry (a string, or `{ message, comment }`). */
function messageOf(value: unknown): string {
  return typeof value === 'string' ? value : String((value as { message?: unknown }).message);
}

/** The `{0}`, `{1}`… placeholders of a message, sorted, as one string. */
function placeholders(text: string): string {
  return (text.match(/\{\d+\}/g) ?? []).sort().join(' ');
}

function difference(a: Iterable<string>, b: { has(key: string): boolean }): string[] {
  return [...a].filter((k) => !b.has(k));
}

/** The English texts of a messages object: strings as they are, functions called with `{0}`, `{1}`… */
function englishTexts(messages: object): string[] {
  return Object.values(messages).map((value: unknown) =>
    typeof value === 'function' ? String((value as (...a: string[]) => unknown)(...Array.from({ length: value.length }, (_, i) => `{${i}}`))) : String(value),
  );
}

describe('localization bundles', () => {
  const nls = readJson('package.nls.json');
  const bundle = readJson('l10n/bundle.l10n.json');

  it('package.nls.json holds exactly the %keys% that package.json uses', () => {
    const used = manifestKeys();
    const defined = new Set(Object.keys(nls));
    assert.deepStrictEqual(difference(used, defined), [], 'used in package.json but missing from package.nls.json');
    assert.deepStrictEqual(difference(defined, used), [], 'in package.nls.json but no longer used by package.json');
  });

  it('declares the l10n folder in package.json', () => {
    assert.strictEqual(readJson('package.json').l10n, './l10n');
  });

  it('l10n/bundle.l10n.json is what @vscode/l10n-dev exports from the current sources', async () => {
    const exported: l10nJsonFormat = await getL10nJson(scriptFiles(path.join(ROOT, 'src')));
    const keys = new Set(Object.keys(bundle));
    const wanted = new Set(Object.keys(exported));
    assert.deepStrictEqual(difference(wanted, keys), [], 'strings in the code that are missing from the bundle (run `npm run l10n`)');
    assert.deepStrictEqual(difference(keys, wanted), [], 'strings in the bundle that the code no longer uses (run `npm run l10n`)');
    for (const key of wanted) {
      assert.strictEqual(messageOf(bundle[key]), messageOf(exported[key]), key);
    }
  });

  it("has every English default of the core's messages as a key of the bundle (the adapters pass the same texts)", () => {
    const keys = new Set(Object.keys(bundle));
    const strings = Object.fromEntries(Object.entries(ENGLISH_EXPLAINER_STRINGS).filter(([key]) => key !== 'lang'));
    for (const messages of [ENGLISH_HOVER_LABELS, ENGLISH_GLOSSARY_MESSAGES, ENGLISH_LLM_MESSAGES, ENGLISH_API_KEY_MESSAGES, strings]) {
      assert.deepStrictEqual(difference(englishTexts(messages), keys), []);
    }
  });

  for (const lang of TRANSLATIONS) {
    describe(`the ${lang} translation`, () => {
      const nlsLang = readJson(`package.nls.${lang}.json`);
      const bundleLang = readJson(`l10n/bundle.l10n.${lang}.json`);

      it(`package.nls.${lang}.json has exactly the keys of package.nls.json`, () => {
        const en = new Set(Object.keys(nls));
        const tr = new Set(Object.keys(nlsLang));
        assert.deepStrictEqual(difference(en, tr), [], 'missing');
        assert.deepStrictEqual(difference(tr, en), [], 'unused');
      });

      it(`bundle.l10n.${lang}.json has exactly the keys of bundle.l10n.json`, () => {
        const en = new Set(Object.keys(bundle));
        const tr = new Set(Object.keys(bundleLang));
        assert.deepStrictEqual(difference(en, tr), [], 'missing');
        assert.deepStrictEqual(difference(tr, en), [], 'unused');
      });

      it('keeps the placeholders of every message and translates none to an empty text', () => {
        for (const [en, tr] of [[nls, nlsLang], [bundle, bundleLang]] as const) {
          for (const [key, value] of Object.entries(tr)) {
            const text = messageOf(value);
            assert.ok(text.trim() !== '', `empty translation of ${key}`);
            assert.strictEqual(placeholders(text), placeholders(messageOf(en[key])), `placeholders of ${key}`);
          }
        }
      });

      it('keeps command links and setting references of the manifest intact', () => {
        for (const [key, value] of Object.entries(nls)) {
          const refs = (text: string) => (text.match(/\(command:[^)]+\)|#aiSafety\.[\w.]+#/g) ?? []).sort().join(' ');
          assert.strictEqual(refs(messageOf(nlsLang[key])), refs(messageOf(value)), key);
        }
      });
    });
  }
});
