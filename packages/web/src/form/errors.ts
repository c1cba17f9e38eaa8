import type { CompiledModel, ValidationError } from '@intyg/core';

const keyOf = (error: ValidationError) => `${error.ruleId}|${error.elementId}|${error.fieldId}`;

/**
 * The browser validates with the same code as the server, so its own errors are current while the user types.
 * The server's errors add what the browser cannot check (e.g. unknown diagnosis codes); they are only passed in
 * while they describe the answers on screen (nothing unsaved).
 */
export function mergeErrors(
  compiled: CompiledModel,
  client: readonly ValidationError[],
  server: readonly ValidationError[],
): ValidationError[] {
  const seen = new Set(client.map(keyOf));
  const merged = [...client, ...server.filter((error) => !seen.has(keyOf(error)))];
  const order = new Map(compiled.elementsInOrder.map((element, index) => [element.id, index]));
  // Display order of the form; stable for errors of the same element.
  return merged
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        (order.get(a.error.elementId) ?? Number.MAX_SAFE_INTEGER) -
          (order.get(b.error.elementId) ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
    )
    .map(({ error }) => error);
}
