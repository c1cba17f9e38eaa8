import {
  requestSending,
  sendNotesFor,
  shownStatus,
  type Actor,
  type Certificate,
  type CertificateStatus,
  type PatientFacts,
  type Sending,
  type SendNote,
} from '@intyg/core';
import { registerCertificateXml } from '@intyg/riv';
import type { Clock } from '@intyg/core';
import type { Store } from '@intyg/store';
import { certificateAudit, type RequestContext } from '../audit/audit-records.js';
import { AppError } from '../errors.js';
import type { RecipientConfig } from '../outbox/delivery-config.js';
import { REGISTER_CERTIFICATE_KIND, type RegisterCertificatePayload } from '../outbox/register-certificate-delivery.js';
import type { PatientRegistry } from '../patients/patient-registry.js';
import { rivCertificateOf } from '../riv/certificate-xml.js';
import { accessScopeOf } from './access-scope.js';
import type { CertificateAccess } from './certificate-access.js';
import { conflict, notFound } from './certificate-errors.js';

export interface SendConfirmation {
  readonly recipient: { readonly id: string; readonly name: string };
  /** What the doctor must know before sending (the model's send notes that apply). */
  readonly notes: readonly SendNote[];
}

/** How a certificate's sending stands, without its content. */
export interface SendingProgress {
  readonly revision: number;
  /** As every certificate answer shows it (core `shownStatus`): `replaced` once a replacement is signed. */
  readonly status: CertificateStatus;
  /** Null until the certificate is sent. */
  readonly state: Sending['state'] | null;
}

/**
 * Sending a signed certificate to its recipient (domain.md §2.2 SEND): the request is stored with its
 * delivery in the outbox in one transaction; the outbox worker delivers it, and only the recipient's
 * acknowledgement makes the certificate `sent`.
 */
export class CertificateSending {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly clock: Clock;
      readonly patients: PatientRegistry;
      readonly access: CertificateAccess;
      readonly recipients: readonly RecipientConfig[];
      /** Called once a delivery is stored, so the worker need not wait for its next poll. */
      readonly onQueued: () => void;
    },
  ) {}

  /** Whom the certificate would go to and what the doctor should read first. */
  async confirmation(actor: Actor, id: string): Promise<SendConfirmation> {
    const certificate = await this.deps.access.load(actor, id);
    await this.deps.access.require('send', actor, certificate);
    const recipient = this.recipientOf(certificate);
    const { model } = this.deps.access.modelOf(certificate);
    return { recipient: { id: recipient.id, name: recipient.name }, notes: sendNotesFor(model, certificate.answers) };
  }

  /**
   * How the sending stands, for a user who may read the certificate. It holds no patient or health data, so
   * asking is not a PDL read and logs nothing: a page waiting for the recipient asks this every second, and
   * reads the certificate (one logged read) only once its revision has moved.
   */
  async progress(actor: Actor, id: string): Promise<SendingProgress> {
    const certificate = await this.deps.access.load(actor, id);
    await this.deps.access.require('read', actor, certificate);
    const status = shownStatus(certificate.status, await this.deps.store.listRelations(id));
    return { revision: certificate.revision, status, state: certificate.sending?.state ?? null };
  }

  async send(
    actor: Actor,
    id: string,
    input: { revision: number },
    context: RequestContext,
  ): Promise<{ certificate: Certificate; patient: PatientFacts }> {
    const { access, clock, store } = this.deps;
    const certificate = await access.load(actor, id);
    const patient = await access.require('send', actor, certificate, { expectedRevision: input.revision });
    const recipient = this.recipientOf(certificate);
    const compiled = access.modelOf(certificate);
    const person = await this.deps.patients.get(certificate.patient.personId).catch(() => undefined);
    // Försäkringskassan and Transportstyrelsen receive the patient's name, but never a protected person's.
    const xml = registerCertificateXml(
      compiled.model,
      rivCertificateOf(certificate, { patient: person, nameVisible: person?.protectedIdentity === false }),
    );
    const now = clock.now();
    const next = requestSending(certificate, { recipientId: recipient.id, at: now, by: actor.userId });
    const payload: RegisterCertificatePayload = { xml, unitId: certificate.unit.unitId };
    const outcome = await store.updateCertificate(
      next,
      input.revision,
      accessScopeOf(actor),
      { type: 'sendRequested', actorId: actor.userId, occurredAt: now, payload: { recipientId: recipient.id } },
      certificateAudit(actor, context, next, 'send', now),
      [
        {
          kind: REGISTER_CERTIFICATE_KIND,
          target: recipient.id,
          certificateId: certificate.id,
          payload: { ...payload },
          createdAt: now,
        },
      ],
    );
    if (outcome === 'conflict') throw conflict();
    if (outcome === 'notFound') throw notFound();
    this.deps.onQueued();
    return { certificate: next, patient };
  }

  private recipientOf(certificate: Certificate): RecipientConfig {
    const recipient = this.deps.recipients.find((candidate) => candidate.types.includes(certificate.type));
    if (recipient === undefined) {
      throw new AppError(
        'RECIPIENT_NOT_CONFIGURED',
        'Den här installationen har ingen mottagare för intygstypen; intyget kan inte skickas.',
      );
    }
    return recipient;
  }
}
