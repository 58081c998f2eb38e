import * as assert from 'assert';
import { chooseModelSource, describeModel, parseModelSelector, parseProvider, selectorOf } from '../../src/core/modelChoice';
import { describeLmError, noModelMessage } from '../../src/core/lmErrors';

describe('choosing the model source', () => {
  it('auto uses the API key when there is one, even if VS Code offers models', () => {
    assert.strictEqual(chooseModelSource('auto', true, true), 'openai');
    assert.strictEqual(chooseModelSource('auto', true, false), 'openai');
  });

  it('auto uses a VS Code model when there is no key, and asks for a key when there is neither', () => {
    assert.strictEqual(chooseModelSource('auto', false, true), 'vscode');
    assert.strictEqual(chooseModelSource('auto', false, false), 'ask-key');
  });

  it('openai never uses a VS Code model', () => {
    assert.strictEqual(chooseModelSource('openai', false, true), 'ask-key');
    assert.strictEqual(chooseModelSource('openai', true, true), 'openai');
  });

  it('vscode never falls back to the API key', () => {
    assert.strictEqual(chooseModelSource('vscode', true, true), 'vscode');
    assert.strictEqual(chooseModelSource('vscode', true, false), 'no-vscode-model');
  });
});

describe('reading the provider setting', () => {
  it('accepts the three values and defaults to auto', () => {
    for (const v of ['auto', 'openai', 'vscode'] as const) {
      assert.deepStrictEqual(parseProvider(v), { provider: v });
    }
    assert.deepStrictEqual(parseProvider(undefined), { provider: 'auto' });
  });

  it('falls back to auto with a warning on anything else', () => {
    for (const v of ['OpenAI', 'copilot', 3, {}]) {
      const read = parseProvider(v);
      assert.strictEqual(read.provider, 'auto');
      assert.match(read.warning ?? '', /must be one of auto, openai, vscode/);
    }
  });
});

describe('reading the model selector', () => {
  it('reads vendor, vendor/family and vendor/family/id', () => {
    assert.deepStrictEqual(parseModelSelector('copilot'), { ok: true, selector: { vendor: 'copilot' } });
    assert.deepStrictEqual(parseModelSelector('copilot/gpt-4o'), { ok: true, selector: { vendor: 'copilot', family: 'gpt-4o' } });
    assert.deepStrictEqual(parseModelSelector(' copilot/gpt-4o/gpt-4o-2024-11-20 '), {
      ok: true,
      selector: { vendor: 'copilot', family: 'gpt-4o', id: 'gpt-4o-2024-11-20' },
    });
  });

  it('treats an empty value as any model', () => {
    assert.deepStrictEqual(parseModelSelector(''), { ok: true, selector: {} });
    assert.deepStrictEqual(parseModelSelector(undefined), { ok: true, selector: {} });
  });

  it('rejects malformed selectors with a message that shows the expected form', () => {
    for (const v of ['a/b/c/d', '/gpt-4o', 'copilot//x', 'co pilot', 'x'.repeat(201), 42]) {
      const read = parseModelSelector(v);
      assert.strictEqual(read.ok, false, String(v));
      assert.match(read.ok ? '' : read.message, /vendor\/family/);
    }
  });

  it('round-trips a model to a selector that picks it', () => {
    const model = { vendor: 'copilot', family: 'gpt-4o', id: 'gpt-4o-mini', name: 'GPT-4o mini' };
    assert.deepStrictEqual(parseModelSelector(selectorOf(model)), { ok: true, selector: { vendor: 'copilot', family: 'gpt-4o', id: 'gpt-4o-mini' } });
    assert.strictEqual(describeModel(model), 'GPT-4o mini (copilot/gpt-4o-mini)');
    assert.strictEqual(describeModel({ ...model, name: 'gpt-4o-mini' }), 'copilot/gpt-4o-mini');
  });
});

describe('language-model error messages', () => {
  const model = 'Fake Model (fake/fake-1)';
  const lmError = (code: string, message = ''): Error => Object.assign(new Error(message), { code });

  it('says how to allow access when permission is missing', () => {
    const f = describeLmError(lmError('NoPermissions'), model);
    assert.strictEqual(f.fix, 'allowAccess');
    assert.match(f.message, /did not allow AI Safety Annotations to use Fake Model/);
    assert.match(f.message, /Manage Language Model Access/);
  });

  it('points to another model when blocked (quota) or not found', () => {
    const blocked = describeLmError(lmError('Blocked', 'rate limit reached'), model);
    assert.strictEqual(blocked.fix, 'chooseModel');
    assert.match(blocked.message, /blocked.*quota.*\(rate limit reached\).*Choose Language Model/);
    const gone = describeLmError(lmError('NotFound'), model);
    assert.match(gone.message, /no longer available.*Choose Language Model/);
  });

  it('shows a shortened provider message for other errors', () => {
    const f = describeLmError(new Error(`boom\n${'x'.repeat(1000)}`), model);
    assert.strictEqual(f.fix, 'retry');
    assert.ok(f.message.startsWith(`${model} failed: boom x`), f.message);
    assert.ok(f.message.length < 450, `${f.message.length} characters`);
    assert.match(describeLmError('plain string', model).message, /failed: plain string/);
    assert.match(describeLmError(undefined, model).message, /^Fake Model \(fake\/fake-1\) failed\. Try again/);
  });

  it('names the selector, or the missing provider, when no model is offered', () => {
    assert.match(noModelMessage('copilot/gpt-4o'), /no language model matching "copilot\/gpt-4o"/);
    assert.match(noModelMessage(''), /offers no language model\. Install or sign in/);
  });
});
