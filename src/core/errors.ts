/**
 * An error whose message is safe to show to the person who asked: it says what went wrong
 * and what to type instead. Everything else is an internal error: logged with context, shown
 * to users only as a generic apology.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** Exit code for the CLI: 2 for bad input, 1 for "not found / ambiguous". */
  readonly exitCode: 1 | 2;
  /** Optional suggestions (e.g. "did you mean" candidates) for renderers. */
  readonly suggestions: string[];

  constructor(message: string, opts: { exitCode?: 1 | 2; suggestions?: string[] } = {}) {
    super(message);
    this.exitCode = opts.exitCode ?? 2;
    this.suggestions = opts.suggestions ?? [];
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
