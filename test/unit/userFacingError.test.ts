import * as assert from 'assert';
import { isUserFacingError, UserFacingError } from '../../src/core/userFacingError';

describe('isUserFacingError', () => {
  it('recognises a UserFacingError of this module', () => {
    assert.strictEqual(isUserFacingError(new UserFacingError('Nothing to explain here.')), true);
  });

  it("recognises one thrown by another bundle's copy of the class", () => {
    // What dist/llmHost.js throws: the same class, evaluated again in its own bundle.
    class OtherCopy extends Error {
      override readonly name = 'UserFacingError';
    }
    const err: unknown = new OtherCopy('Nothing to explain here.');
    assert.strictEqual(err instanceof UserFacingError, false);
    assert.strictEqual(isUserFacingError(err), true);
  });

  it('does not take other errors, or non-errors with the name, for one', () => {
    assert.strictEqual(isUserFacingError(new Error('boom')), false);
    assert.strictEqual(isUserFacingError(new TypeError('boom')), false);
    assert.strictEqual(isUserFacingError({ name: 'UserFacingError', message: 'x' }), false);
    assert.strictEqual(isUserFacingError('UserFacingError'), false);
    assert.strictEqual(isUserFacingError(undefined), false);
  });
});
