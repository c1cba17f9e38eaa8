import type { Refusal } from '@intyg/core';
import { AppError } from '../errors.js';

/** The errors the certificate use cases answer with, worded once. */
export function notFound(): AppError {
  return new AppError('CERTIFICATE_NOT_FOUND', 'No certificate with that id at your care unit.');
}

export function notAllowed(reasons: readonly Refusal[]): AppError {
  return new AppError('ACTION_NOT_ALLOWED', reasons.map((reason) => reason.message.en).join(' '), { reasons });
}

export function conflict(): AppError {
  return new AppError(
    'REVISION_CONFLICT',
    'The certificate has changed since you last read it. Reload it and apply your change again.',
  );
}
