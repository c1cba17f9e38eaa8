/** The certificate as it travels in RegisterCertificate v3: the header the XML carries besides the answers. */
import type { Answers, CertificateModel } from '@intyg/core';

export interface RivPerson {
  /** Personnummer or samordningsnummer, 12 digits (`patient/person-id/extension`). */
  readonly personId: string;
  readonly firstName: string;
  readonly middleName?: string;
  readonly lastName: string;
  readonly postalAddress: string;
  readonly postalCode: string;
  readonly city: string;
}

export interface RivIssuer {
  /** `skapadAv/personal-id/extension`. */
  readonly hsaId: string;
  readonly fullName: string;
  /** `skapadAv/forskrivarkod`. */
  readonly prescriptionCode?: string;
}

/** A care professional with their unit: the contracts' HosPersonal (`skapadAv`, `skickatAv`). */
export interface RivCareProfessional extends RivIssuer {
  readonly unit: RivUnit;
}

export interface RivUnit {
  readonly unitId: string;
  readonly unitName: string;
  readonly postalAddress: string;
  readonly postalCode: string;
  readonly city: string;
  readonly phone: string;
  readonly email?: string;
  /** `enhet/arbetsplatskod/extension`; the XSD requires one, so export writes `0000000` when absent (as Webcert). */
  readonly workplaceCode?: string;
  readonly careProviderId: string;
  readonly careProviderName: string;
}

export interface RivCertificate {
  /** `intyg/intygs-id/extension`. */
  readonly id: string;
  /** `intyg/version` as read, or to be written. */
  readonly version: string;
  /** `signeringstidpunkt`: local date-time YYYY-MM-DDTHH:mm:ss, Europe/Stockholm. */
  readonly signedAt: string;
  /** `skickatTidpunkt`, same format. */
  readonly sentAt?: string;
  readonly patient: RivPerson;
  readonly issuer: RivIssuer;
  readonly unit: RivUnit;
  readonly answers: Answers;
}

/** Everything wrong with a message is a VALIDATION_ERROR in the contract's terms; `text` is Swedish. */
export interface RivError {
  readonly code: 'VALIDATION_ERROR';
  readonly text: string;
}

export type ParsedRegisterCertificate =
  | { readonly ok: true; readonly model: CertificateModel; readonly certificate: RivCertificate }
  | { readonly ok: false; readonly errors: readonly RivError[] };

export function rivError(text: string): RivError {
  return { code: 'VALIDATION_ERROR', text };
}
