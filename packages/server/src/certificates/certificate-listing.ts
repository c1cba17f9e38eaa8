import { addDays, instantOfStockholmDateTime, type Actor, type CertificateStatus, type Clock } from '@intyg/core';
import type { CertificateFilter, CertificateSort, Store } from '@intyg/store';
import { listAudit, type RequestContext } from '../audit/audit-records.js';
import { certificatePatientView } from '../patients/patient-view.js';
import { accessScopeOf } from './access-scope.js';
import type { CertificateAccess } from './certificate-access.js';

/** The filters of the unit's lists as the API takes them: Stockholm calendar days, inclusive. */
export interface ListFilter {
  readonly patientId?: string;
  readonly statuses?: CertificateStatus[];
  readonly type?: string;
  readonly createdBy?: string;
  readonly signedBy?: string;
  readonly readyForSign?: 'true' | 'false';
  readonly changedFrom?: string;
  readonly changedTo?: string;
  readonly signedFrom?: string;
  readonly signedTo?: string;
}

export interface ListQuery extends ListFilter {
  readonly sort?: CertificateSort;
  readonly order?: 'asc' | 'desc';
  readonly limit: number;
  readonly cursor?: string;
}

/** The unit's certificate lists and counts, each row's patient as the user may see them, with its PDL record. */
export class CertificateListing {
  constructor(
    private readonly deps: { readonly store: Store; readonly clock: Clock; readonly access: CertificateAccess },
  ) {}

  async list(actor: Actor, query: ListQuery, context: RequestContext) {
    const { access, store } = this.deps;
    const { sort, order, limit, cursor } = query;
    const page = await store.listCertificates({
      ...(await this.filterOf(actor, query)),
      ...(sort === undefined ? {} : { sort }),
      ...(order === undefined ? {} : { order }),
      limit,
      ...(cursor === undefined ? {} : { cursor }),
    });
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

  /** How many of the unit's certificates the filter covers; a number shows no patient's data, so no PDL record. */
  async count(actor: Actor, filter: ListFilter): Promise<number> {
    return this.deps.store.countCertificates(await this.filterOf(actor, filter));
  }

  /**
   * Who created and who signed the unit's certificates (the lists' author and signer filters): staff names, no
   * patient's data, so no PDL record.
   */
  issuers(actor: Actor) {
    return this.deps.store.listCertificateIssuers(accessScopeOf(actor));
  }

  private async filterOf(actor: Actor, filter: ListFilter): Promise<CertificateFilter> {
    const patientId =
      filter.patientId === undefined ? undefined : (await this.deps.access.patientFor(filter.patientId)).personId;
    const startOf = (date: string) => instantOfStockholmDateTime(`${date}T00:00:00`)!;
    const endOf = (date: string) => startOf(addDays(date, 1));
    const fields: Record<string, unknown> = {
      scope: accessScopeOf(actor),
      patientId,
      statuses: filter.statuses,
      type: filter.type,
      createdBy: filter.createdBy,
      signedBy: filter.signedBy,
      readyForSign: filter.readyForSign === undefined ? undefined : filter.readyForSign === 'true',
      updatedFrom: filter.changedFrom && startOf(filter.changedFrom),
      updatedTo: filter.changedTo && endOf(filter.changedTo),
      signedFrom: filter.signedFrom && startOf(filter.signedFrom),
      signedTo: filter.signedTo && endOf(filter.signedTo),
    };
    return Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    ) as unknown as CertificateFilter;
  }
}
