/**
 * The questions a request for complement (KOMPLT) can name: each svar id of the certificate's transport
 * mapping (`frage-id` in SendMessageToCare is the svar id, e.g. "1", "35"), in the form's order, with the
 * label of the first element that travels in it.
 */
import { getModel } from '@intyg/certificate-types';
import { compileModel, transportOf, type CertificateModel } from '@intyg/core';

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
    questions = model === undefined ? [] : fromModel(model);
    cache.set(key, questions);
  }
  return questions;
}

function fromModel(model: CertificateModel): CertificateQuestion[] {
  const questions = new Map<string, string>();
  for (const element of compileModel(model).elementsInOrder) {
    const mapping = transportOf(element);
    if (mapping === undefined || !('svarId' in mapping) || questions.has(mapping.svarId)) continue;
    questions.set(mapping.svarId, element.label ?? element.id);
  }
  return [...questions].map(([id, label]) => ({ id, label }));
}
