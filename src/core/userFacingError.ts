/**
 * An error whose message is meant for the user as it is (clear and actionable, no secrets).
 * Any feature may throw it; the command wrapper (`src/commands/registerCommand.ts`) shows its
 * message unchanged, while other errors are shown with a generic prefix and logged in full.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/**
 * Whether `err` is a {@link UserFacingError}, also when it was thrown by code in another bundle
 * (the lazily loaded glossary, LLM and surfaces bundles each hold their own copy of the class, so
 * `instanceof` alone misses theirs and their message would be shown as an internal failure).
 */
export function isUserFacingError(err: unknown): err is Error {
  return err instanceof UserFacingError || (err instanceof Error && err.name === 'UserFacingError');
}
