import {
  availableActions,
  evaluateAction,
  isValueElement,
  parseAnswers,
  validateCertificate,
  visibleAnswers,
  type ActionAvailability,
  type ActionId,
  type Actor,
  type Answers,
  type Certificate,
  type CertificateStatus,
  type Clock,
  type CompiledModel,
  type DiagnosisCodeLookup,
  type ValidationError,
} from '@intyg/core';
import type { Store } from '@intyg/store';
import { findUnit } from '../directory/test-directory.js';
import { AppError } from '../errors.js';
import type { PatientRegistry } from '../patients/patient-registry.js';
import { signedContentOf } from '../signing/signed-content.js';
import type { Signer } from '../signing/signer.js';
import type { ModelCatalog } from './model-catalog.js';

export interface CertificateView {
  readonly certificate: Certificate;
  readonly actions: ActionAvailability[];
  readonly validation: { readonly valid: boolean; readonly errors: readonly ValidationError[] };
}

export interface CertificateServiceDeps {
  readonly store: Store;
  readonly models: ModelCatalog;
  readonly patients: PatientRegistry;
  readonly signer: Signer;
  readonly clock: Clock;
  readonly diagnosisCodes?: DiagnosisCodeLookup;
}

const VALIDATION_CACHE_SIZE = 5_000;
const DRAFT_STATUSES: readonly CertificateStatus[] = ['draft', 'lockedDraft'];

/**
 * The certificate use cases. Each takes the acting user explicitly, checks the action's
 * guards in core, and writes the change and its event in one store call.
 */
export class CertificateService {
  /** Validation results by certificate, revision and day: a stored revision never changes. */
  private readonly validations = new Map<string, ValidationError[]>();

  constructor(private readonly deps: CertificateServiceDeps) {}

  async create(actor: Actor, input: { type: string; patientId: string }): Promise<CertificateView> {
    const { models, clock, store } = this.deps;
    const compiled = models.newestActive(input.type, clock.today());
    if (!compiled) {
      throw new AppError('UNKNOWN_CERTIFICATE_TYPE', `There is no active certificate type "${input.type}".`);
    }
    const patient = this.patientReferredTo(input.patientId);
    const unit = findUnit(actor.unitId);
    if (!unit) throw new AppError('ACTION_NOT_ALLOWED', 'Your care unit is unknown.');

    const answers = prefillUnitContact(compiled, unit);
    const now = clock.now();
    const draft: Certificate = {
      id: crypto.randomUUID(),
      type: compiled.model.type,
      version: compiled.model.version,
      status: 'draft',
      complete: false,
      readyForSign: false,
      revision: 1,
      patient: { personId: patient.personId, name: patient.name },
      unit: {
        unitId: unit.unitId,
        unitName: unit.unitName,
        careProviderId: unit.careProviderId,
        careProviderName: unit.careProviderName,
      },
      createdBy: { userId: actor.userId, hsaId: actor.hsaId, name: actor.name },
      signedBy: null,
      answers,
      createdAt: now,
      updatedAt: now,
      signedAt: null,
      signature: null,
    };
    const errors = this.validate(compiled, answers);
    const stored = { ...draft, complete: errors.length === 0 };
    this.remember(stored, errors);
    await store.insertCertificate(stored, { type: 'created', actorId: actor.userId, occurredAt: now });
    return this.view(actor, stored, compiled, errors);
  }

  async get(actor: Actor, id: string): Promise<CertificateView> {
    const certificate = await this.load(id);
    this.require('read', actor, certificate);
    return this.view(actor, certificate);
  }

  async list(
    actor: Actor,
    query: { patientId?: string; statuses?: CertificateStatus[]; type?: string; limit: number; cursor?: string },
  ) {
    const patientId = query.patientId === undefined ? undefined : this.patientFor(query.patientId).personId;
    return this.deps.store.listCertificates({ ...query, patientId, unitId: actor.unitId });
  }

  async update(actor: Actor, id: string, input: { revision: number; answers: unknown }): Promise<CertificateView> {
    const certificate = await this.load(id);
    const compiled = this.modelOf(certificate);
    this.require('update', actor, certificate, { expectedRevision: input.revision });
    const answers = this.parse(compiled, input.answers);
    const errors = this.validate(compiled, answers);
    const complete = errors.length === 0;
    const next: Certificate = {
      ...certificate,
      answers,
      complete,
      revision: certificate.revision + 1,
      updatedAt: this.deps.clock.now(),
    };
    // Autosave is not a state change; a draft turning complete or incomplete is.
    const event =
      complete === certificate.complete
        ? undefined
        : { type: complete ? 'completed' : 'uncompleted', actorId: actor.userId, occurredAt: next.updatedAt };
    await this.write(next, input.revision, event);
    this.remember(next, errors);
    return this.view(actor, next, compiled, errors);
  }

  async validateAnswers(actor: Actor, id: string, answersInput: unknown): Promise<readonly ValidationError[]> {
    const certificate = await this.load(id);
    this.require('read', actor, certificate);
    const compiled = this.modelOf(certificate);
    const answers = answersInput === undefined ? certificate.answers : this.parse(compiled, answersInput);
    return this.validate(compiled, answers);
  }

  async sign(actor: Actor, id: string, input: { revision: number }): Promise<CertificateView> {
    const certificate = await this.load(id);
    const compiled = this.modelOf(certificate);
    const errors = this.storedErrors(certificate, compiled);
    this.require('sign', actor, certificate, { expectedRevision: input.revision, validationErrors: errors });

    const signedAt = this.deps.clock.now();
    const signedBy = { userId: actor.userId, hsaId: actor.hsaId, name: actor.name };
    // Only what the doctor can see is signed: answers of hidden questions are dropped.
    const answers = visibleAnswers(compiled, certificate.answers, this.deps.clock.today());
    const signature = await this.deps.signer.sign(signedContentOf(certificate, signedBy, signedAt, answers));
    const next: Certificate = {
      ...certificate,
      status: 'signed',
      complete: true,
      readyForSign: false,
      answers,
      signedBy,
      signedAt,
      signature,
      revision: certificate.revision + 1,
      updatedAt: signedAt,
    };
    await this.write(next, input.revision, {
      type: 'signed',
      actorId: actor.userId,
      occurredAt: signedAt,
      payload: { version: certificate.version },
    });
    return this.view(actor, next, compiled, []);
  }

  async markReadyForSign(actor: Actor, id: string, input: { revision: number }): Promise<CertificateView> {
    const certificate = await this.load(id);
    const compiled = this.modelOf(certificate);
    this.require('markReadyForSign', actor, certificate, { expectedRevision: input.revision });
    const now = this.deps.clock.now();
    const next: Certificate = {
      ...certificate,
      readyForSign: true,
      revision: certificate.revision + 1,
      updatedAt: now,
    };
    await this.write(next, input.revision, { type: 'readyForSign', actorId: actor.userId, occurredAt: now });
    return this.view(actor, next, compiled);
  }

  async deleteDraft(actor: Actor, id: string, input: { revision: number }): Promise<void> {
    const certificate = await this.load(id);
    this.require('delete', actor, certificate, { expectedRevision: input.revision });
    const outcome = await this.deps.store.deleteDraft(id, input.revision, {
      type: 'deleted',
      actorId: actor.userId,
      occurredAt: this.deps.clock.now(),
    });
    if (outcome === 'conflict') throw conflict();
    if (outcome === 'notFound') throw notFound();
  }

  async events(actor: Actor, id: string) {
    const certificate = await this.load(id);
    this.require('read', actor, certificate);
    return this.deps.store.listEvents(id);
  }

  async verifySignature(actor: Actor, id: string): Promise<{ signed: boolean; valid: boolean }> {
    const certificate = await this.load(id);
    this.require('read', actor, certificate);
    const { signature, signedBy, signedAt } = certificate;
    if (!signature || !signedBy || !signedAt) return { signed: false, valid: false };
    const content = signedContentOf(certificate, signedBy, signedAt, certificate.answers);
    return { signed: true, valid: await this.deps.signer.verify(signature, content) };
  }

  view(
    actor: Actor,
    certificate: Certificate,
    compiled = this.modelOf(certificate),
    errors = DRAFT_STATUSES.includes(certificate.status) ? this.storedErrors(certificate, compiled) : [],
  ): CertificateView {
    return {
      certificate,
      actions: availableActions({ actor, certificate, validationErrors: errors }),
      validation: { valid: errors.length === 0, errors },
    };
  }

  /** The stored answers' errors, computed once per revision and day. */
  private storedErrors(certificate: Certificate, compiled: CompiledModel): ValidationError[] {
    const cached = this.validations.get(this.validationKey(certificate));
    if (cached) return cached;
    const errors = this.validate(compiled, certificate.answers);
    this.remember(certificate, errors);
    return errors;
  }

  private remember(certificate: Certificate, errors: ValidationError[]): void {
    if (this.validations.size >= VALIDATION_CACHE_SIZE) this.validations.delete(this.validations.keys().next().value!);
    this.validations.set(this.validationKey(certificate), errors);
  }

  private validationKey(certificate: Certificate): string {
    return `${certificate.id}:${certificate.revision}:${this.deps.clock.today()}`;
  }

  private validate(compiled: CompiledModel, answers: Answers): ValidationError[] {
    return validateCertificate(compiled, answers, {
      today: this.deps.clock.today(),
      diagnosisCodes: this.deps.diagnosisCodes,
    });
  }

  private parse(compiled: CompiledModel, input: unknown): Answers {
    const result = parseAnswers(compiled, input);
    if (!result.ok) {
      throw new AppError('INVALID_ANSWERS', 'The answers do not fit the certificate model.', result.problems);
    }
    return result.answers;
  }

  private patientFor(personId: string) {
    return this.deps.patients.get(personId);
  }

  /** A patient named in a request body: an unknown one makes the request unprocessable, not a missing page. */
  private patientReferredTo(personId: string) {
    try {
      return this.patientFor(personId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'PATIENT_NOT_FOUND') {
        throw new AppError('UNKNOWN_PATIENT', error.message);
      }
      throw error;
    }
  }

  private async load(id: string): Promise<Certificate> {
    const certificate = await this.deps.store.getCertificate(id);
    if (!certificate) throw notFound();
    return certificate;
  }

  private modelOf(certificate: Certificate): CompiledModel {
    const compiled = this.deps.models.get(certificate.type, certificate.version);
    if (!compiled) throw new Error(`No model ${certificate.type}/${certificate.version} for a stored certificate`);
    return compiled;
  }

  private require(
    action: ActionId,
    actor: Actor,
    certificate: Certificate,
    extra: { expectedRevision?: number; validationErrors?: readonly ValidationError[] } = {},
  ): void {
    const result = evaluateAction(action, { actor, certificate, ...extra });
    if (result.allowed) return;
    const codes = result.reasons.map((reason) => reason.code);
    // Another unit's certificate is not shown at all, not even its state.
    if (codes.includes('otherCareUnit')) throw notFound();
    if (codes.includes('revisionChanged')) throw conflict();
    if (codes.length === 1 && codes[0] === 'incomplete') {
      throw new AppError('CERTIFICATE_INCOMPLETE', 'The draft is incomplete.', {
        errors: extra.validationErrors ?? [],
      });
    }
    throw new AppError('ACTION_NOT_ALLOWED', result.reasons.map((reason) => reason.message.en).join(' '), {
      reasons: result.reasons,
    });
  }

  private async write(
    next: Certificate,
    expectedRevision: number,
    event?: { type: string; actorId: string; occurredAt: string; payload?: Record<string, unknown> },
  ): Promise<void> {
    const outcome = await this.deps.store.updateCertificate(next, expectedRevision, event);
    if (outcome === 'conflict') throw conflict();
    if (outcome === 'notFound') throw notFound();
  }
}

function notFound(): AppError {
  return new AppError('CERTIFICATE_NOT_FOUND', 'No certificate with that id at your care unit.');
}

function conflict(): AppError {
  return new AppError(
    'REVISION_CONFLICT',
    'The certificate has changed since you last read it. Reload it and apply your change again.',
  );
}

/** Drafts start with the issuing unit's contact details, as Webcert fills them from HSA. */
function prefillUnitContact(compiled: CompiledModel, unit: ReturnType<typeof findUnit> & object): Answers {
  const answers: Record<string, Answers[string]> = {};
  for (const element of compiled.elementsInOrder) {
    if (isValueElement(element) && element.kind === 'unitContact') {
      answers[element.id] = { address: unit.address, zipCode: unit.zipCode, city: unit.city, phone: unit.phone };
    }
  }
  return answers;
}
