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

/**
 * Validation of drafts, with the results for stored answers kept per certificate, revision and
 * day: a stored revision never changes, and rules relative to today change only with the day.
 */
export class DraftValidation {
  private readonly cache = new Map<string, ValidationError[]>();

  constructor(
    private readonly clock: Clock,
    private readonly diagnosisCodes?: DiagnosisCodeLookup,
  ) {}

  /** The stored answers' errors, computed once per revision and day. */
  storedErrors(certificate: Certificate, compiled: CompiledModel): ValidationError[] {
    const cached = this.cache.get(this.key(certificate));
    if (cached) return cached;
    const errors = this.validate(compiled, certificate.answers);
    this.remember(certificate, errors);
    return errors;
  }

  /** Records the errors of a revision just written, so reading it back validates nothing. */
  remember(certificate: Certificate, errors: ValidationError[]): void {
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(this.key(certificate), errors);
  }

  validate(compiled: CompiledModel, answers: Answers): ValidationError[] {
    return validateCertificate(compiled, answers, { today: this.clock.today(), diagnosisCodes: this.diagnosisCodes });
  }

  private key(certificate: Certificate): string {
    return `${certificate.id}:${certificate.revision}:${this.clock.today()}`;
  }
}
