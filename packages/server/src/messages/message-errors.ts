import type { MessageRefusal } from '@intyg/core';
import { AppError } from '../errors.js';

/** The errors the message use cases answer with, worded once. */
export function messageNotFound(): AppError {
  return new AppError('MESSAGE_NOT_FOUND', 'No such message on that certificate.');
}

/** A message-level refusal (core's `messageRefusals`); answering twice has a code of its own. */
export function messageRefused(reasons: readonly MessageRefusal[]): AppError {
  if (reasons.some((reason) => reason.code === 'alreadyAnswered')) {
    return new AppError('MESSAGE_ALREADY_ANSWERED', 'The question has already been answered.', { reasons });
  }
  return new AppError('MESSAGE_ACTION_NOT_ALLOWED', reasons.map((reason) => reason.message.en).join(' '), {
    reasons,
  });
}
