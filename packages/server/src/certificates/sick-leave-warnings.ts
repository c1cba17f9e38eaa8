import {
  sickLeavePeriodsOf,
  sickLeaveWarnings,
  type Certificate,
  type CertificateWarning,
  type CompiledModel,
  type SickLeaveCertificate,
  type SickLeaveRecommendations,
} from '@intyg/core';
import type { Store } from '@intyg/store';
import type { ModelCatalog } from './model-catalog.js';

/**
 * The certificates that make up a sick-leave case: signed, sent; not revoked, and not replaced by another (the
 * store lists those as `replaced`, not as signed or sent).
 */
const CASE_STATUSES = ['signed', 'sent'] as const;
const PAGE_SIZE = 100;
/** A patient's certificates at one unit are few; this bounds the work for a pathological one. */
const MAX_PAGES = 10;
/**
 * How long a patient's case certificates at a unit are reused. Every read and autosave of a draft shows its
 * warnings; reading the patient's other certificates each time would cost more than the rest of the read. A
 * signature in this process forgets the patient at once; one made by another server process shows within this
 * time, which is fine for advice.
 */
const CASE_CACHE_MS = 10_000;
const CASE_CACHE_SIZE = 2_000;

/**
 * The sick-leave warnings of a draft (core/sickleave): its sick-leave case is built from the patient's
 * certificates at the draft's care unit, as Webcert's FMB check does (domain.md §6.1). Only drafts get
 * warnings; a signed certificate's advice was for the doctor who wrote it.
 */
export class SickLeaveWarnings {
  private readonly cases = new Map<
    string,
    { readonly at: number; readonly certificates: Promise<SickLeaveCertificate[]> }
  >();

  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly models: ModelCatalog;
      readonly recommendations: SickLeaveRecommendations | undefined;
      /** Milliseconds for the cache's age; Date.now by default. */
      readonly now?: () => number;
    },
  ) {}

  /** A certificate of the patient at the unit was signed or revoked: read them anew. */
  forget(unitId: string, patientId: string): void {
    this.cases.delete(caseKey(unitId, patientId));
  }

  async of(certificate: Certificate, compiled: CompiledModel): Promise<CertificateWarning[]> {
    const { recommendations } = this.deps;
    const model = compiled.model;
    if (recommendations === undefined || model.sickLeave === undefined) return [];
    if (certificate.status !== 'draft' && certificate.status !== 'lockedDraft') return [];
    // Nothing to count before the doctor has entered a period: no need to read the patient's other certificates.
    if (!sickLeavePeriodsOf(model, certificate.answers).some((period) => period.from !== '' && period.to !== '')) {
      return [];
    }
    const others = (await this.caseCertificates(certificate)).filter((other) => other.id !== certificate.id);
    return sickLeaveWarnings({
      model,
      draft: { id: certificate.id, answers: certificate.answers },
      others,
      recommendations,
    });
  }

  /**
   * The case's certificates, read once for every read that asks while the entry is young: the promise is kept,
   * so the drafts read at the same moment share one reading instead of each starting its own.
   */
  private caseCertificates(draft: Certificate): Promise<SickLeaveCertificate[]> {
    const key = caseKey(draft.unit.unitId, draft.patient.personId);
    const now = (this.deps.now ?? Date.now)();
    const cached = this.cases.get(key);
    if (cached !== undefined && now - cached.at < CASE_CACHE_MS) return cached.certificates;
    const entry = { at: now, certificates: this.readCaseCertificates(draft) };
    this.cases.delete(key);
    if (this.cases.size >= CASE_CACHE_SIZE) this.cases.delete(this.cases.keys().next().value!);
    this.cases.set(key, entry);
    // A failed reading is not kept: the next read tries again.
    entry.certificates.catch(() => {
      if (this.cases.get(key) === entry) this.cases.delete(key);
    });
    return entry.certificates;
  }

  private async readCaseCertificates(draft: Certificate): Promise<SickLeaveCertificate[]> {
    const found: SickLeaveCertificate[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await this.deps.store.listCertificates({
        scope: { unitIds: [draft.unit.unitId] },
        patientId: draft.patient.personId,
        statuses: [...CASE_STATUSES],
        limit: PAGE_SIZE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      for (const certificate of result.items) {
        const model = this.deps.models.get(certificate.type, certificate.version)?.model;
        if (model?.sickLeave?.partOfSickLeaveCase !== true) continue;
        found.push({ id: certificate.id, periods: sickLeavePeriodsOf(model, certificate.answers) });
      }
      if (result.nextCursor === null) break;
      cursor = result.nextCursor;
    }
    return found;
  }
}

const caseKey = (unitId: string, patientId: string) => `${unitId} ${patientId}`;
