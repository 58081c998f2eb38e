import { strict as assert } from 'assert';
import { UserFacingError, isUserFacingError } from '../../src/core/userFacingError';

describe('isUserFacingError', () => {
  it('recognises a UserFacingError', () => {
    assert.equal(isUserFacingError(new UserFacingError('Open a folder first.')), true);
  });

  it("recognises one thrown by another bundle's copy of the class (same name, other constructor)", () => {
    class UserFacingError extends Error {
      override readonly name = 'UserFacingError';
    }
    const err = new UserFacingError('Open a folder first.');
    assert.equal(isUserFacingError(err), true);
  });

  it('does not take other errors or non-errors for one', () => {
    assert.equal(isUserFacingError(new Error('boom')), false);
    assert.equal(isUserFacingError(new TypeError('x is undefined')), false);
    assert.equal(isUserFacingError({ name: 'UserFacingError', message: 'a plain object' }), false);
    assert.equal(isUserFacingError('UserFacingError'), false);
  });
});
