/** A rule expression that does not parse. `position` is the 0-based character offset of the problem. */
export class RuleSyntaxError extends Error {
  override readonly name = 'RuleSyntaxError';

  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
