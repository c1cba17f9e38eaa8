/**
 * Load-time problems of every model (core's `checkModel`), one line each:
 * `<type>/<version> <element>: <problem>`; problems of a model as a whole name `(model)`.
 */
import { checkModel, modelKey } from '@intyg/core';
import type { CertificateModel, ModelProblem } from '@intyg/core';

export function modelProblemLines(models: readonly CertificateModel[]): string[] {
  return models.flatMap((model) => checkModel(model).map((problem) => problemLine(model, problem)));
}

export function problemLine(model: CertificateModel, problem: ModelProblem): string {
  const position = problem.position === undefined ? '' : ` (position ${problem.position})`;
  return `${modelKey(model)} ${problem.elementId ?? '(model)'}: ${problem.message}${position}`;
}
