import {
  carryOverAnswers,
  isValueElement,
  renewalAnswers,
  stockholmDateTime,
  type Actor,
  type Answers,
  type Certificate,
  type Clock,
  type CompiledModel,
  type PatientFacts,
  type RelationKind,
  type RevocationReason,
} from '@intyg/core';
import { revokeCertificateXml } from '@intyg/riv';
import type { MessageEffect, NewDelivery, Store } from '@intyg/store';
import { certificateAudit, type RequestContext } from '../audit/audit-records.js';
import { AppError } from '../errors.js';
import { REVOKE_CERTIFICATE_KIND, type RevokeCertificatePayload } from '../outbox/revoke-certificate-delivery.js';
import { rivUnitOf } from '../riv/certificate-xml.js';
import { accessScopeOf } from './access-scope.js';
import type { CertificateAccess } from './certificate-access.js';
import { conflict, notFound } from './certificate-errors.js';
import type { CertificateService, CertificateView } from './certificate-service.js';
import type { ModelCatalog } from './model-catalog.js';

/** What each new-draft action is called in the guards, and the relation it gives the new draft. */
const NEW_DRAFT_ACTIONS = {
  renew: 'renews',
  replace: 'replaces',
  complement: 'complements',
  copy: 'copies',
  createDraftFrom: 'createdFrom',
} as const satisfies Record<string, RelationKind>;
type NewDraftAction = keyof typeof NEW_DRAFT_ACTIONS;

/**
 * The lifecycle after signing (domain.md §2.2, §2.5–§2.8): drafts that renew, replace, complement or copy a
 * certificate, or are created from one of another type, each related to it; and revoking. Every action checks
 * its guards in core and says why when it is refused.
 */
export class CertificateLifecycle {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly models: ModelCatalog;
      readonly clock: Clock;
      readonly access: CertificateAccess;
      readonly service: CertificateService;
      /** Called once a delivery is stored (a revocation to tell the recipient of). */
      readonly onQueued: () => void;
      /** What a revocation does to messages: its own are handled, a complement's original's reopened. */
      readonly messageEffects?: { ofRevocation(certificate: Certificate): MessageEffect[] };
    },
  ) {}

  /** Förnya: the answers the model marks, into a new draft of the type's newest version (§2.5). */
  renew(actor: Actor, id: string, context: RequestContext): Promise<CertificateView> {
    return this.newDraft('renew', actor, id, context);
  }

  /** Ersätt: everything copied; the original counts as replaced once the new one is signed (§2.6). */
  replace(actor: Actor, id: string, context: RequestContext): Promise<CertificateView> {
    return this.newDraft('replace', actor, id, context);
  }

  /** Komplettera: everything copied, for the doctor to amend as the recipient asked (§2.7). */
  complement(actor: Actor, id: string, context: RequestContext): Promise<CertificateView> {
    return this.newDraft('complement', actor, id, context);
  }

  /** Kopiera: a locked draft's answers into a new draft (§2.3). */
  copy(actor: Actor, id: string, context: RequestContext): Promise<CertificateView> {
    return this.newDraft('copy', actor, id, context);
  }

  /** Utkast från intyg: a draft of `type` from a signed certificate whose model offers it (§2.8). */
  createDraftFrom(actor: Actor, id: string, type: string, context: RequestContext): Promise<CertificateView> {
    return this.newDraft('createDraftFrom', actor, id, context, type);
  }

  private async newDraft(
    action: NewDraftAction,
    actor: Actor,
    id: string,
    context: RequestContext,
    targetType?: string,
  ): Promise<CertificateView> {
    const { access, models, clock, service } = this.deps;
    const source = await access.load(actor, id);
    const patient = await access.require(action, actor, source);
    const from = access.modelOf(source);
    const type = targetType ?? source.type;
    if (targetType !== undefined && !(from.model.createsDraftsOf ?? []).includes(targetType)) {
      throw new AppError(
        'ACTION_NOT_ALLOWED',
        `Ett utkast av typen ${targetType} kan inte skapas från det här intyget.`,
        { reasons: [{ code: 'noDraftFromThisType' }] },
      );
    }
    const to = models.newestActive(type, clock.today());
    if (to === undefined) {
      throw new AppError('UNKNOWN_CERTIFICATE_TYPE', `There is no active certificate type "${type}".`);
    }
    const answers = action === 'renew' ? renewalAnswers(from.model, source.answers) : withoutUnitContact(from, source);
    return service.startDraft(actor, {
      compiled: to,
      patient: source.patient,
      patientFacts: patient,
      answers: carryOverAnswers(from, to, answers),
      relation: { toId: source.id, kind: NEW_DRAFT_ACTIONS[action] },
      context,
    });
  }

  /**
   * Makulera: the certificate is withdrawn with a reason; a recipient that has it (or is about to) is told
   * through the outbox, in the same transaction.
   */
  async revoke(
    actor: Actor,
    id: string,
    input: { revision: number; reason: RevocationReason; message: string },
    context: RequestContext,
  ): Promise<{ certificate: Certificate; patient: PatientFacts }> {
    const { access, clock, store } = this.deps;
    const certificate = await access.load(actor, id);
    const patient = await access.require('revoke', actor, certificate, { expectedRevision: input.revision });
    const now = clock.now();
    const by = { userId: actor.userId, hsaId: actor.hsaId, name: actor.name };
    const next: Certificate = {
      ...certificate,
      status: 'revoked',
      revision: certificate.revision + 1,
      updatedAt: now,
      revocation: { at: now, by, reason: input.reason, message: input.message },
    };
    const deliveries = this.tellRecipient(certificate, actor, input, now);
    const outcome = await store.updateCertificate(
      next,
      input.revision,
      accessScopeOf(actor),
      { type: 'revoked', actorId: actor.userId, occurredAt: now, payload: { reason: input.reason } },
      certificateAudit(actor, context, next, 'revoke', now),
      deliveries,
      this.deps.messageEffects?.ofRevocation(next),
    );
    if (outcome === 'conflict') throw conflict();
    if (outcome === 'notFound') throw notFound();
    this.deps.service.sickLeaveCaseChanged(next);
    if (deliveries.length > 0) this.deps.onQueued();
    return { certificate: next, patient };
  }

  /** A RevokeCertificate for the recipient the certificate was sent to (or is on its way to); none otherwise. */
  private tellRecipient(
    certificate: Certificate,
    actor: Actor,
    input: { reason: RevocationReason; message: string },
    now: string,
  ): NewDelivery[] {
    const sending = certificate.sending;
    if (sending === undefined || sending.state === 'failed') return [];
    const payload: RevokeCertificatePayload = {
      unitId: certificate.unit.unitId,
      xml: revokeCertificateXml({
        certificateId: certificate.id,
        certificateUnitId: certificate.unit.unitId,
        patientPersonId: certificate.patient.personId,
        revokedAt: stockholmDateTime(new Date(now)),
        revokedBy: { hsaId: actor.hsaId, fullName: actor.name, unit: rivUnitOf(certificate) },
        reason: `${input.reason}: ${input.message}`,
      }),
    };
    return [
      {
        kind: REVOKE_CERTIFICATE_KIND,
        target: sending.recipientId,
        certificateId: certificate.id,
        payload: { ...payload },
        createdAt: now,
      },
    ];
  }
}

/** Every answer but the issuing unit's contact details, which the new draft's unit fills in anew. */
function withoutUnitContact(compiled: CompiledModel, certificate: Certificate): Answers {
  const answers: Record<string, Answers[string]> = {};
  for (const [id, value] of Object.entries(certificate.answers)) {
    const element = compiled.element(id);
    if (element !== undefined && isValueElement(element) && element.kind !== 'unitContact') answers[id] = value;
  }
  return answers;
}
