/**
 * The unit's "Ärenden": questions waiting for care at the user's unit (and its sub-units) — the recipient's
 * questions not yet handled, and care's questions the recipient has answered — filtered and paged, newest
 * first, each with its certificate's type and the patient as the user may see them. The list is logged for PDL
 * as a list read per patient on the page; the count (for the navigation) shows no patient data.
 */
import { addDays, instantOfStockholmDateTime, type Actor, type Clock, type MessageSubject } from '@intyg/core';
import type { Store, UnitMessage } from '@intyg/store';
import { listAudit, type RequestContext } from '../audit/audit-records.js';
import { accessScopeOf } from '../certificates/access-scope.js';
import type { CertificateAccess } from '../certificates/certificate-access.js';
import { certificatePatientView, type CertificatePatientView } from '../patients/patient-view.js';

export interface UnitMessageFilter {
  readonly subjects?: readonly MessageSubject[];
  /** Received on or after this day (YYYY-MM-DD, Europe/Stockholm). */
  readonly from?: string;
  /** Received on or before this day. */
  readonly to?: string;
  readonly patientId?: string;
  readonly type?: string;
  readonly answered?: boolean;
  readonly limit: number;
  readonly cursor?: string;
}

export interface UnitMessageView {
  /** The question's id. */
  readonly id: string;
  readonly direction: UnitMessage['message']['direction'];
  readonly subject: MessageSubject;
  readonly heading: string | null;
  /** When it was received (or, care's question, written). */
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly lastReplyDate: string | null;
  readonly answered: boolean;
  readonly reminders: number;
  readonly certificate: Omit<UnitMessage['certificate'], 'patient'> & { readonly patient: CertificatePatientView };
}

export class UnitMessages {
  constructor(
    private readonly deps: { readonly store: Store; readonly clock: Clock; readonly access: CertificateAccess },
  ) {}

  async list(
    actor: Actor,
    filter: UnitMessageFilter,
    context: RequestContext,
  ): Promise<{ items: UnitMessageView[]; nextCursor: string | null }> {
    const { access, store } = this.deps;
    const patientId = filter.patientId === undefined ? undefined : (await access.patientFor(filter.patientId)).personId;
    const page = await store.messages.listWaiting({
      scope: accessScopeOf(actor),
      subjects: filter.subjects,
      receivedFrom: filter.from === undefined ? undefined : startOfDay(filter.from),
      receivedBefore: filter.to === undefined ? undefined : startOfDay(addDays(filter.to, 1)),
      patientId,
      certificateType: filter.type,
      answered: filter.answered,
      limit: filter.limit,
      cursor: filter.cursor,
    });
    const factsOf = access.factsOnce();
    const items = await Promise.all(
      page.items.map(async ({ message, certificate, reminders }) => ({
        id: message.id,
        direction: message.direction,
        subject: message.subject,
        heading: message.heading,
        createdAt: message.createdAt,
        sentAt: message.sentAt,
        lastReplyDate: message.lastReplyDate,
        answered: message.answeredAt !== null,
        reminders,
        certificate: {
          ...certificate,
          patient: certificatePatientView(certificate.patient, await factsOf(certificate.patient.personId), actor),
        },
      })),
    );
    await store.appendAudit(
      listAudit(
        actor,
        context,
        page.items.map((item) => item.certificate),
        this.deps.clock.now(),
      ),
    );
    return { items, nextCursor: page.nextCursor };
  }

  async count(actor: Actor): Promise<{ waiting: number }> {
    return { waiting: await this.deps.store.messages.countWaiting(accessScopeOf(actor)) };
  }
}

/** Midnight of a day in Europe/Stockholm, as an instant. */
function startOfDay(day: string): string {
  const instant = instantOfStockholmDateTime(`${day}T00:00:00`);
  if (instant === undefined) throw new RangeError(`Not a day: ${day}`);
  return instant;
}
