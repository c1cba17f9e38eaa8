import { createContext, useContext } from 'react';
import type { AnswerValue, Answers, CompiledModel, FormState, ValidationError } from '@intyg/core';
import type { CertificateWarning } from '../api/types.js';

/** What every element of the form reads: the model, the live rule state, answers and the errors to show. */
export interface FormContextValue {
  readonly compiled: CompiledModel;
  readonly formState: FormState;
  readonly answers: Answers;
  readonly today: string;
  readonly setAnswer: (elementId: string, value: AnswerValue | undefined) => void;
  /** Errors of an element that are due to be shown (after the user left it, or tried to sign). */
  readonly shownErrors: (elementId: string) => readonly ValidationError[];
  /** The user left the element: its errors may now be shown. */
  readonly markTouched: (elementId: string) => void;
  /** The server's warnings shown at an element (none when absent, as in a form without a draft). */
  readonly warnings?: (elementId: string) => readonly CertificateWarning[];
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useForm must be used inside FormContext');
  return value;
}
