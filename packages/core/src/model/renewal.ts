/**
 * What renewing ("förnya") a certificate copies into the new draft (domain.md §2.5): every answer whose
 * element does not say `includeWhenRenewing: false`, and whose ancestors do not either (a question left out
 * takes its follow-up questions with it). The renewing unit's contact details are filled in anew by the
 * caller, never copied.
 */
import type { Answers, AnswerValue } from './answers.js';
import type { CertificateModel } from './certificate-model.js';
import { isValueElement, type ElementSpec } from './element.js';

/** The element ids whose answers a renewal copies, in form order. */
export function renewedElementIds(model: CertificateModel): string[] {
  const ids: string[] = [];
  const visit = (element: ElementSpec, parentRenewed: boolean): void => {
    const renewed = parentRenewed && element.includeWhenRenewing !== false;
    if (renewed && isValueElement(element) && element.kind !== 'unitContact') ids.push(element.id);
    for (const child of element.children ?? []) visit(child, renewed);
  };
  for (const element of model.elements) visit(element, true);
  return ids;
}

/** The answers a renewal starts from. */
export function renewalAnswers(model: CertificateModel, answers: Answers): Answers {
  const copied: Record<string, AnswerValue> = {};
  for (const id of renewedElementIds(model)) {
    if (Object.hasOwn(answers, id)) copied[id] = answers[id]!;
  }
  return copied;
}
