import type { Actor, CertificateStatus, Clock } from '@intyg/core';
import type { Store } from '@intyg/store';
import { listAudit, type RequestContext } from '../audit/audit-records.js';
import { certificatePatientView } from '../patients/patient-view.js';
import { accessScopeOf } from './access-scope.js';
import type { CertificateAccess } from './certificate-access.js';

/** The unit's certificate list, each row's patient as the user may see them, with its PDL record. */
export class CertificateListing {
  constructor(
    private readonly deps: { readonly store: Store; readonly clock: Clock; readonly access: CertificateAccess },
  ) {}

  async list(
    actor: Actor,
    query: { patientId?: string; statuses?: CertificateStatus[]; type?: string; limit: number; cursor?: string },
    context: RequestContext,
  ) {
    const { access, store } = this.deps;
    const patientId = query.patientId === undefined ? undefined : (await access.patientFor(query.patientId)).personId;
    const page = await store.listCertificates({ ...query, patientId, scope: accessScopeOf(actor) });
    // Every row says what the registry says of its patient; a protected patient's name only to those who may see it.
    const factsOf = access.factsOnce();
    const items = await Promise.all(
      page.items.map(async (certificate) => ({
        ...certificate,
        patient: certificatePatientView(certificate.patient, await factsOf(certificate.patient.personId), actor),
      })),
    );
    await store.appendAudit(listAudit(actor, context, page.items, this.deps.clock.now()));
    return { ...page, items };
  }
}
