import {
  availableActions,
  exchangesMessages,
  typeLifecycleOf,
  type ActionAvailability,
  type Actor,
  type Certificate,
  type CertificateStatus,
  type CertificateWarning,
  type PatientFacts,
  type RelatedCertificate,
  type ValidationError,
} from '@intyg/core';
import type { Store } from '@intyg/store';
import { certificatePatientView, type CertificatePatientView } from '../patients/patient-view.js';
import type { CertificateAccess } from './certificate-access.js';
import type { DraftValidation } from './draft-validation.js';
import type { SickLeaveWarnings } from './sick-leave-warnings.js';

export interface CertificateView {
  readonly certificate: Certificate;
  /** The certificate's patient with the registry's facts, name hidden where the user may not see it. */
  readonly patient: CertificatePatientView;
  readonly actions: ActionAvailability[];
  readonly validation: { readonly valid: boolean; readonly errors: readonly ValidationError[] };
  /** Guidance shown where it applies, never blocking (the sick-leave warnings of a draft). */
  readonly warnings: readonly CertificateWarning[];
  /** What it renews, replaces… and what renews, replaces… it. */
  readonly relations: readonly RelatedCertificate[];
}

const DRAFT_STATUSES: readonly CertificateStatus[] = ['draft', 'lockedDraft'];

/**
 * A certificate as the API answers it to one actor: the patient as they may see them, every action with
 * whether they may take it and why not, a draft's validation and sick-leave warnings, and its relations.
 */
export class CertificatePresenter {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly access: CertificateAccess;
      readonly drafts: DraftValidation;
      readonly sickLeave: SickLeaveWarnings;
    },
  ) {}

  get sickLeave(): SickLeaveWarnings {
    return this.deps.sickLeave;
  }

  async present(
    actor: Actor,
    certificate: Certificate,
    patient: PatientFacts,
    compiled = this.deps.access.modelOf(certificate),
    errors: readonly ValidationError[] = DRAFT_STATUSES.includes(certificate.status)
      ? this.deps.drafts.storedErrors(certificate, compiled)
      : [],
  ): Promise<CertificateView> {
    const [related, openComplementRequests, warnings] = await Promise.all([
      this.deps.store.listRelations(certificate.id),
      this.deps.access.openComplementRequests(certificate),
      this.deps.sickLeave.of(certificate, compiled),
    ]);
    return {
      certificate,
      patient: certificatePatientView(certificate.patient, patient, actor),
      actions: availableActions({
        actor,
        certificate,
        patient,
        validationErrors: errors,
        related,
        openComplementRequests,
        exchangesMessages: exchangesMessages(compiled.model),
        lifecycle: typeLifecycleOf(compiled.model),
      }),
      validation: { valid: errors.length === 0, errors },
      warnings,
      relations: related,
    };
  }
}
