/** A defect in a certificate model found when it is loaded. */
export interface ModelProblem {
  /** `type/version`, e.g. "lisjp/2.0". */
  readonly modelId: string;
  /** The element the problem is in; absent for problems of the model as a whole. */
  readonly elementId?: string;
  readonly message: string;
  /** 0-based character offset in the rule expression the problem is in. */
  readonly position?: number;
}

/** "lisjp/2.0, element 32, position 5: Expected an operand after '&&'." */
export function formatModelProblem(problem: ModelProblem): string {
  const where = [`model ${problem.modelId}`];
  if (problem.elementId !== undefined) where.push(`element ${problem.elementId}`);
  if (problem.position !== undefined) where.push(`position ${problem.position}`);
  return `${where.join(', ')}: ${problem.message}`;
}

/** Thrown by compileModel; carries every problem found, not only the first. */
export class ModelError extends Error {
  override readonly name = 'ModelError';

  constructor(readonly problems: readonly ModelProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid certificate model (${count}):\n${problems.map((p) => `- ${formatModelProblem(p)}`).join('\n')}`);
  }
}
