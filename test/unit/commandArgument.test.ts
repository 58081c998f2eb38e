import { strict as assert } from 'assert';
import { printable, termIdArgument } from '../../src/core/commandArgument';

describe('command arguments from hover links', () => {
  it('reads a term id given as a string or wrapped in a one-element array, trimmed', () => {
    assert.equal(termIdArgument('mesa-optimizer'), 'mesa-optimizer');
    assert.equal(termIdArgument(['  base-optimizer ']), 'base-optimizer');
  });

  it('finds no id in anything else', () => {
    for (const arg of [undefined, null, 42, {}, { id: 'x' }, [], ['a', 'b'], [42], [['nested']]]) {
      assert.equal(termIdArgument(arg), undefined, JSON.stringify(arg));
    }
  });

  it('makes untrusted text short and single-line for messages', () => {
    assert.equal(printable('bad\nid\u0007'), 'badid');
    const long = printable('x'.repeat(500));
    assert.equal(long.length, 60);
    assert.ok(long.endsWith('…'));
  });
});
