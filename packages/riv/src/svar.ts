/**
 * The svar/delsvar of `intyg`, independent of XML: what export builds from answers before writing, and
 * what import reads from the document before mapping it to answers.
 */

/** A delsvar's content: plain text, or one of the types the models use (XSD types namespace). */
export type DelsvarValue =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'cv'; readonly code: string; readonly codeSystem: string; readonly displayName?: string }
  | { readonly type: 'datePeriod'; readonly start?: string; readonly end?: string }
  | { readonly type: 'partialDate'; readonly format: string; readonly value: string }
  /** A physical quantity: an integer whose mapping names a `quantityUnit` (AG1-14 v1's grade, unit %). */
  | { readonly type: 'pq'; readonly value: string; readonly unit: string };

export type DelsvarType = DelsvarValue['type'];

export interface Delsvar {
  readonly id: string;
  readonly value: DelsvarValue;
}

export interface Svar {
  readonly id: string;
  /** `instans`: 1, 2, … for the rows of a list sent as one svar per row. */
  readonly instance?: number;
  readonly delsvar: readonly Delsvar[];
}

/** Delsvar ids sort by their numeric parts ("8.2" < "8.10"), so the written order is stable. */
export function compareDelsvarIds(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
