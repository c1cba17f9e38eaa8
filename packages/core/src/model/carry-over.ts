/**
 * Answers taken from a certificate of one model into a draft of another (a renewal in a newer version, an
 * AG7804 created from an FK7804): "only data for elements that exist in the target model are converted"
 * (domain.md §2.8). An answer is kept when the target has an element with the same id and kind and the answer
 * fits it; anything else is left for the doctor.
 */
import type { Answers, AnswerValue } from './answers.js';
import type { CompiledModel } from './compile.js';
import { parseAnswers } from './parse-answers.js';

export function carryOverAnswers(from: CompiledModel, to: CompiledModel, answers: Answers): Answers {
  if (from === to) return answers;
  const kept: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    const source = from.element(id);
    const target = to.element(id);
    if (source === undefined || target === undefined || source.kind !== target.kind) continue;
    const parsed = parseAnswers(to, { [id]: value });
    if (parsed.ok && parsed.answers[id] !== undefined) kept[id] = parsed.answers[id];
  }
  return kept;
}
