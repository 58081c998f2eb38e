/**
 * An error whose message is meant for the user as it is (clear and actionable, no secrets).
 * Any feature may throw it; the command wrapper (`src/commands/registerCommand.ts`) shows its
 * message unchanged, while other errors are shown with a generic prefix and logged in full.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/**
 * Whether `err` is a {@link UserFacingError}, also one thrown by a lazily loaded bundle: each bundle
 * has its own copy of the class, so `instanceof` alone sees only the caller's.
 */
export function isUserFacingError(err: unknown): err is Error {
  return err instanceof UserFacingError || (err instanceof Error && err.name === 'UserFacingError');
}
