/**
 * The questions of a model as the transport format numbers them: each svar id of the model's transport
 * mapping (e.g. "1", "35"), in the form's order, with the element that first travels in it. A recipient's
 * request for complement names these (`komplettering/frage-id`).
 */
import type { CompiledModel } from './compile.js';
import { transportOf } from './transport.js';

export interface TransportQuestion {
  /** The svar id. */
  readonly questionId: string;
  /** The first element whose answer travels in that svar: where the question is in the form. */
  readonly elementId: string;
  /** That element's label (its id when it has none). */
  readonly label: string;
}

export function transportQuestions(compiled: CompiledModel): TransportQuestion[] {
  const questions = new Map<string, TransportQuestion>();
  for (const element of compiled.elementsInOrder) {
    const mapping = transportOf(element);
    if (mapping === undefined || !('svarId' in mapping) || questions.has(mapping.svarId)) continue;
    questions.set(mapping.svarId, {
      questionId: mapping.svarId,
      elementId: element.id,
      label: element.label ?? element.id,
    });
  }
  return [...questions.values()];
}
