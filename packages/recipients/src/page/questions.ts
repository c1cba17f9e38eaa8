/**
 * The questions a request for complement (KOMPLT) can name: each svar id of the certificate's transport
 * mapping (`frage-id` in SendMessageToCare is the svar id, e.g. "1", "35"), in the form's order, with the
 * label of the first element that travels in it (core's `transportQuestions`).
 */
import { getModel } from '@intyg/certificate-types';
import { compileModel, transportQuestions } from '@intyg/core';

export interface CertificateQuestion {
  readonly id: string;
  readonly label: string;
}

const cache = new Map<string, readonly CertificateQuestion[]>();

export function questionsOf(type: string, version: string): readonly CertificateQuestion[] {
  const key = `${type}/${version}`;
  let questions = cache.get(key);
  if (questions === undefined) {
    const model = getModel(type, version);
    questions =
      model === undefined
        ? []
        : transportQuestions(compileModel(model)).map(({ questionId, label }) => ({ id: questionId, label }));
    cache.set(key, questions);
  }
  return questions;
}
