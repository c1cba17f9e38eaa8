/**
 * What the domain needs from outside. Implementations live in `store` and `server`;
 * core never does I/O itself.
 */

/** Today's date and the current instant, injectable for tests. */
export interface Clock {
  /** Current instant, ISO 8601 with offset. */
  now(): string;
  /** Today's date in Europe/Stockholm, YYYY-MM-DD. */
  today(): string;
}

/** Whether a diagnosis code exists in a code system; filled by the reference-data package later. */
export interface DiagnosisCodeLookup {
  exists(codeSystemId: string, code: string): boolean;
}
