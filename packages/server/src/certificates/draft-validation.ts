import {
  validateCertificate,
  type Answers,
  type Certificate,
  type Clock,
  type CompiledModel,
  type DiagnosisCodeLookup,
  type ValidationError,
} from '@intyg/core';

const CACHE_SIZE = 5_000;

interface Remembered {
  readonly revision: number;
  readonly day: string;
  readonly errors: ValidationError[];
}

/**
 * Validation of drafts, with the result for each draft's newest stored revision kept in memory: a stored
 * revision never changes, and rules relative to today change only with the day. One entry per draft, so a
 * save replaces its draft's entry instead of adding one, and the drafts worked on most recently stay.
 */
export class DraftValidation {
  private readonly cache = new Map<string, Remembered>();

  constructor(
    private readonly clock: Clock,
    private readonly diagnosisCodes?: DiagnosisCodeLookup,
  ) {}

  /** The stored answers' errors, computed once per revision and day. */
  storedErrors(certificate: Certificate, compiled: CompiledModel): ValidationError[] {
    const cached = this.cache.get(certificate.id);
    if (cached && cached.revision === certificate.revision && cached.day === this.clock.today()) return cached.errors;
    const errors = this.validate(compiled, certificate.answers);
    this.remember(certificate, errors);
    return errors;
  }

  /** Records the errors of a revision just written, so reading it back validates nothing. */
  remember(certificate: Certificate, errors: ValidationError[]): void {
    // Deleted first so that the entry moves to the end: the oldest entry is the draft least recently saved.
    this.cache.delete(certificate.id);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(certificate.id, { revision: certificate.revision, day: this.clock.today(), errors });
  }

  validate(compiled: CompiledModel, answers: Answers): ValidationError[] {
    return validateCertificate(compiled, answers, { today: this.clock.today(), diagnosisCodes: this.diagnosisCodes });
  }
}
