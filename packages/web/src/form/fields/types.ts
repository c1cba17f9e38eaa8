import type { AnswerValue, ElementSpec, ElementState } from '@intyg/core';

/** What FormRenderer gives every field component. */
export interface FieldProps<E extends ElementSpec> {
  readonly element: E;
  readonly value: AnswerValue | undefined;
  readonly state: ElementState;
  /** `undefined` removes the answer (absent means "not answered"). */
  readonly onChange: (value: AnswerValue | undefined) => void;
  /** Ids of the element's error list and help/counter texts, for aria-describedby. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  /** Today in Europe/Stockholm (YYYY-MM-DD): date limits and default dates. */
  readonly today: string;
}
