import { strict as assert } from 'assert';
import { capHighlights, highlightWindows } from '../../src/core/highlightWindows';

describe('highlight windows', () => {
  it('widens the visible lines by the margin and clamps to the document', () => {
    assert.deepEqual(highlightWindows([{ start: 10, end: 40 }], 1000, 5), [{ start: 5, end: 45 }]);
    assert.deepEqual(highlightWindows([{ start: 2, end: 40 }], 42, 5), [{ start: 0, end: 41 }]);
  });

  it('merges windows that overlap or touch and keeps far ones apart, in order', () => {
    assert.deepEqual(highlightWindows([{ start: 500, end: 520 }, { start: 10, end: 20 }, { start: 30, end: 40 }], 10_000, 5), [
      { start: 5, end: 45 },
      { start: 495, end: 525 },
    ]);
    assert.deepEqual(highlightWindows([{ start: 0, end: 4 }, { start: 15, end: 20 }], 100, 5), [{ start: 0, end: 25 }]);
  });

  it('has nothing to decorate in an empty document', () => {
    assert.deepEqual(highlightWindows([{ start: 0, end: 0 }], 0), []);
  });
});

describe('highlight cap', () => {
  it('keeps the first items in window order up to the cap and says when it dropped some', () => {
    assert.deepEqual(capHighlights([[1, 2], [3, 4, 5]], 4), { kept: [1, 2, 3, 4], capped: true });
    assert.deepEqual(capHighlights([[1], [2]], 2), { kept: [1, 2], capped: false });
    assert.deepEqual(capHighlights([[1, 2]], 0), { kept: [], capped: true });
  });
});
