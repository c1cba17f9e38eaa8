export type { CertificateView } from './certificate-presenter.js';
import {
  evaluateCreate,
  typeLifecycleOf,
  parseAnswers,
  visibleAnswers,
  type Actor,
  type Answers,
  type Certificate,
  type Clock,
  type CertificateModel,
  type CompiledModel,
  type DiagnosisCodeLookup,
  type PatientFacts,
  type SickLeaveRecommendations,
  type ValidationError,
} from '@intyg/core';
import type { MessageEffect, NewAuditRecord, NewRelation, Store } from '@intyg/store';
import { certificateAudit, SYSTEM_CONTEXT, type RequestContext } from '../audit/audit-records.js';
import { findUnit } from '../directory/test-directory.js';
import { AppError } from '../errors.js';
import { patientFacts, type PatientRegistry } from '../patients/patient-registry.js';
import { signedContentOf } from '../signing/signed-content.js';
import type { Signer } from '../signing/signer.js';
import { accessScopeOf } from './access-scope.js';
import { CertificateAccess } from './certificate-access.js';
import { CertificateListing, type ListFilter, type ListQuery } from './certificate-listing.js';
import { conflict, notAllowed, notFound } from './certificate-errors.js';
import { DraftValidation } from './draft-validation.js';
import type { ModelCatalog } from './model-catalog.js';
import { CertificatePresenter, type CertificateView } from './certificate-presenter.js';
import { SickLeaveWarnings } from './sick-leave-warnings.js';
import { prefillUnitContact } from './unit-contact-prefill.js';

export interface CertificateServiceDeps {
  readonly store: Store;
  readonly models: ModelCatalog;
  readonly patients: PatientRegistry;
  readonly signer: Signer;
  readonly clock: Clock;
  readonly diagnosisCodes?: DiagnosisCodeLookup;
  /** FMB's recommended sick-leave lengths; without them drafts get no FMB length warning. */
  readonly sickLeaveRecommendations?: SickLeaveRecommendations;
  /** How many open complement requests (KOMPLT) a certificate has; none when absent. */
  readonly complementRequests?: (certificateId: string) => Promise<number>;
  /** What a signature does to messages: a signed complement answers its original's requests. */
  readonly messageEffects?: { ofSigning(certificate: Certificate): Promise<MessageEffect[]> };
}

/**
 * The certificate use cases. Each takes the acting user explicitly, checks the action's
 * guards in core, and writes the change and its event in one store call.
 *
 * PDL audit: every use case that shows or changes patient data logs it. Writes pass their audit record
 * to the store write (one transaction: a conflict logs nothing); reads append theirs before returning.
 * Refused requests (guards, other unit, conflicts) log nothing, as no patient data was shown or changed.
 * `context` says where the request came from; SYSTEM_CONTEXT for the system's own work (demo data).
 */
export class CertificateService {
  private readonly drafts: DraftValidation;
  private readonly access: CertificateAccess;
  private readonly listing: CertificateListing;
  private readonly presenter: CertificatePresenter;

  constructor(private readonly deps: CertificateServiceDeps) {
    this.access = new CertificateAccess(deps);
    this.listing = new CertificateListing({ store: deps.store, clock: deps.clock, access: this.access });
    this.drafts = new DraftValidation(deps.clock, deps.diagnosisCodes);
    const sickLeave = new SickLeaveWarnings({
      store: deps.store,
      models: deps.models,
      recommendations: deps.sickLeaveRecommendations,
    });
    this.presenter = new CertificatePresenter({
      store: deps.store,
      access: this.access,
      drafts: this.drafts,
      sickLeave,
    });
  }

  async create(
    actor: Actor,
    input: { type: string; patientId: string },
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<CertificateView> {
    const { models, clock } = this.deps;
    const compiled = models.newestActive(input.type, clock.today());
    if (!compiled) {
      throw new AppError('UNKNOWN_CERTIFICATE_TYPE', `There is no active certificate type "${input.type}".`);
    }
    const patient = await this.access.patientReferredTo(input.patientId);
    const creation = evaluateCreate({
      actor,
      lifecycle: typeLifecycleOf(compiled.model),
      patient: patientFacts(patient),
    });
    if (!creation.allowed) throw notAllowed(creation.reasons);
    return await this.startDraft(actor, {
      compiled,
      patient: { personId: patient.personId, name: patient.name },
      patientFacts: patientFacts(patient),
      answers: {},
      context,
    });
  }

  /**
   * Stores a new draft at the actor's unit, with `answers` (the unit's contact details filled in anew) and,
   * for a renewal, replacement, complement, copy or draft from another certificate, its relation to that one.
   */
  async startDraft(
    actor: Actor,
    start: {
      compiled: CompiledModel;
      patient: Certificate['patient'];
      patientFacts: PatientFacts;
      answers: Answers;
      relation?: NewRelation;
      context: RequestContext;
    },
  ): Promise<CertificateView> {
    const { clock, store } = this.deps;
    const { compiled } = start;
    const unit = findUnit(actor.unitId);
    if (!unit) throw new AppError('ACTION_NOT_ALLOWED', 'Your care unit is unknown.');
    const answers = { ...start.answers, ...prefillUnitContact(compiled, unit) };
    const now = clock.now();
    const draft: Certificate = {
      id: crypto.randomUUID(),
      type: compiled.model.type,
      version: compiled.model.version,
      status: 'draft',
      complete: false,
      readyForSign: false,
      revision: 1,
      patient: start.patient,
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
    const errors = this.drafts.validate(compiled, answers);
    const stored = { ...draft, complete: errors.length === 0 };
    this.drafts.remember(stored, errors);
    await store.insertCertificate(
      stored,
      {
        type: 'created',
        actorId: actor.userId,
        occurredAt: now,
        ...(start.relation ? { payload: { [start.relation.kind]: start.relation.toId } } : {}),
      },
      certificateAudit(actor, start.context, stored, 'create', now),
      start.relation,
    );
    return await this.present(actor, stored, start.patientFacts, compiled, errors);
  }

  async get(actor: Actor, id: string, context: RequestContext = SYSTEM_CONTEXT): Promise<CertificateView> {
    const certificate = await this.access.load(actor, id);
    const patient = await this.access.require('read', actor, certificate);
    await this.auditRead(actor, context, certificate);
    return await this.present(actor, certificate, patient);
  }

  /**
   * The model the certificate is written in, for a user of its unit. It holds no patient data, so reading it is
   * not a PDL read; it lets a client ask for the certificate and its form at once.
   */
  async model(actor: Actor, id: string): Promise<CertificateModel> {
    return this.access.modelOf(await this.access.load(actor, id)).model;
  }

  list(actor: Actor, query: ListQuery, context: RequestContext = SYSTEM_CONTEXT) {
    return this.listing.list(actor, query, context);
  }

  count(actor: Actor, filter: ListFilter): Promise<number> {
    return this.listing.count(actor, filter);
  }

  issuers(actor: Actor) {
    return this.listing.issuers(actor);
  }

  async update(
    actor: Actor,
    id: string,
    input: { revision: number; answers: unknown },
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<CertificateView> {
    const certificate = await this.access.load(actor, id);
    const compiled = this.access.modelOf(certificate);
    const patient = await this.access.require('update', actor, certificate, { expectedRevision: input.revision });
    const answers = this.parse(compiled, input.answers);
    const errors = this.drafts.validate(compiled, answers);
    const complete = errors.length === 0;
    const next: Certificate = {
      ...certificate,
      answers,
      complete,
      revision: certificate.revision + 1,
      updatedAt: this.deps.clock.now(),
    };
    // Every save changes the draft (the EHR is told ANDRAT, as Webcert does); turning it complete or incomplete says so.
    const event = {
      type: complete === certificate.complete ? 'updated' : complete ? 'completed' : 'uncompleted',
      actorId: actor.userId,
      occurredAt: next.updatedAt,
    };
    await this.write(
      actor,
      next,
      input.revision,
      event,
      certificateAudit(actor, context, next, 'update', next.updatedAt),
    );
    this.drafts.remember(next, errors);
    return await this.present(actor, next, patient, compiled, errors);
  }

  async validateAnswers(
    actor: Actor,
    id: string,
    answersInput: unknown,
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<readonly ValidationError[]> {
    const certificate = await this.access.load(actor, id);
    await this.access.require('read', actor, certificate);
    const compiled = this.access.modelOf(certificate);
    const answers = answersInput === undefined ? certificate.answers : this.parse(compiled, answersInput);
    const errors = this.drafts.validate(compiled, answers);
    await this.auditRead(actor, context, certificate);
    return errors;
  }

  async sign(
    actor: Actor,
    id: string,
    input: { revision: number },
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<CertificateView> {
    const certificate = await this.access.load(actor, id);
    const compiled = this.access.modelOf(certificate);
    const errors = this.drafts.storedErrors(certificate, compiled);
    const patient = await this.access.require('sign', actor, certificate, {
      expectedRevision: input.revision,
      validationErrors: errors,
    });

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
    await this.write(
      actor,
      next,
      input.revision,
      { type: 'signed', actorId: actor.userId, occurredAt: signedAt, payload: { version: certificate.version } },
      certificateAudit(actor, context, next, 'sign', signedAt),
      await this.deps.messageEffects?.ofSigning(next),
    );
    // After the commit: a read in between would otherwise cache the case without this certificate.
    this.sickLeaveCaseChanged(certificate);
    return await this.present(actor, next, patient, compiled, []);
  }

  async markReadyForSign(
    actor: Actor,
    id: string,
    input: { revision: number },
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<CertificateView> {
    const certificate = await this.access.load(actor, id);
    const compiled = this.access.modelOf(certificate);
    const patient = await this.access.require('markReadyForSign', actor, certificate, {
      expectedRevision: input.revision,
    });
    const now = this.deps.clock.now();
    const next: Certificate = {
      ...certificate,
      readyForSign: true,
      revision: certificate.revision + 1,
      updatedAt: now,
    };
    await this.write(
      actor,
      next,
      input.revision,
      { type: 'readyForSign', actorId: actor.userId, occurredAt: now },
      certificateAudit(actor, context, next, 'update', now),
    );
    return await this.present(actor, next, patient, compiled);
  }

  async deleteDraft(
    actor: Actor,
    id: string,
    input: { revision: number },
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<void> {
    const certificate = await this.access.load(actor, id);
    await this.access.require('delete', actor, certificate, { expectedRevision: input.revision });
    const now = this.deps.clock.now();
    const outcome = await this.deps.store.deleteDraft(
      id,
      input.revision,
      accessScopeOf(actor),
      { type: 'deleted', actorId: actor.userId, occurredAt: now },
      certificateAudit(actor, context, certificate, 'delete', now),
    );
    if (outcome === 'conflict') throw conflict();
    if (outcome === 'notFound') throw notFound();
  }

  async events(actor: Actor, id: string, context: RequestContext = SYSTEM_CONTEXT) {
    const certificate = await this.access.load(actor, id);
    await this.access.require('read', actor, certificate);
    const events = await this.deps.store.listEvents(id, accessScopeOf(actor));
    await this.auditRead(actor, context, certificate);
    return events;
  }

  async verifySignature(
    actor: Actor,
    id: string,
    context: RequestContext = SYSTEM_CONTEXT,
  ): Promise<{ signed: boolean; valid: boolean }> {
    const certificate = await this.access.load(actor, id);
    await this.access.require('read', actor, certificate);
    await this.auditRead(actor, context, certificate);
    const { signature, signedBy, signedAt } = certificate;
    if (!signature || !signedBy || !signedAt) return { signed: false, valid: false };
    const content = signedContentOf(certificate, signedBy, signedAt, certificate.answers);
    return { signed: true, valid: await this.deps.signer.verify(signature, content) };
  }

  /**
   * A printout (drafts too): reading's access rules and the print action's guards, then `render`, then a
   * 'read' and a 'print' record in the audit log, both before the printout is returned. A refused or failed
   * rendering (e.g. a hiding the model does not allow) logs nothing, as nothing was shown.
   */
  async print<T>(
    actor: Actor,
    id: string,
    context: RequestContext,
    render: (certificate: Certificate, patient: PatientFacts) => Promise<T>,
  ): Promise<T> {
    const certificate = await this.access.load(actor, id);
    const patient = await this.access.require('read', actor, certificate);
    await this.access.require('print', actor, certificate);
    const printout = await render(certificate, patient);
    const now = this.deps.clock.now();
    await this.deps.store.appendAudit([
      certificateAudit(actor, context, certificate, 'read', now),
      certificateAudit(actor, context, certificate, 'print', now),
    ]);
    return printout;
  }

  /**
   * A certificate of its patient's sick-leave case at its unit was signed or revoked: the next draft read counts
   * the case anew. Call it after the change has committed.
   */
  sickLeaveCaseChanged(certificate: Certificate): void {
    this.presenter.sickLeave.forget(certificate.unit.unitId, certificate.patient.personId);
  }

  /** A certificate as the API answers it to this actor (see CertificatePresenter). */
  present(
    actor: Actor,
    certificate: Certificate,
    patient: PatientFacts,
    compiled?: CompiledModel,
    errors?: readonly ValidationError[],
  ): Promise<CertificateView> {
    return this.presenter.present(actor, certificate, patient, compiled, errors);
  }

  private parse(compiled: CompiledModel, input: unknown): Answers {
    const result = parseAnswers(compiled, input);
    if (!result.ok) {
      throw new AppError('INVALID_ANSWERS', 'The answers do not fit the certificate model.', result.problems);
    }
    return result.answers;
  }

  /** Logs a read of the certificate; called after the guards and before anything is returned. */
  private async auditRead(actor: Actor, context: RequestContext, certificate: Certificate): Promise<void> {
    await this.deps.store.appendAudit(certificateAudit(actor, context, certificate, 'read', this.deps.clock.now()));
  }

  private async write(
    actor: Actor,
    next: Certificate,
    expectedRevision: number,
    event: { type: string; actorId: string; occurredAt: string; payload?: Record<string, unknown> } | undefined,
    audit: NewAuditRecord,
    messageEffects: readonly MessageEffect[] = [],
  ): Promise<void> {
    const outcome = await this.deps.store.updateCertificate(
      next,
      expectedRevision,
      accessScopeOf(actor),
      event,
      audit,
      [],
      messageEffects,
    );
    if (outcome === 'conflict') throw conflict();
    if (outcome === 'notFound') throw notFound();
  }
}
