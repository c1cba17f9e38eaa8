/** Certificates to print in tests: every model's maximal fixture as a signed certificate of Tolvan's. */
import { compileModel, type Answers, type CertificateStatus, type CompiledModel } from '@intyg/core';
import { certificateFixtures, certificateModels } from '@intyg/certificate-types';
import type { PrintableCertificate } from '../certificate-content.js';

export const CERTIFICATE_ID = '0195e7a2-7c1f-7b3c-9a2e-123456789abc';
export const VERIFICATION_URL = `https://intyg.example.se/verify/${CERTIFICATE_ID}`;
export const TOLVAN = { personId: '191212121212', name: 'Tolvan Tolvansson' };

export interface PrintCase {
  readonly key: string;
  readonly compiled: CompiledModel;
  readonly today: string;
  readonly maximal: Answers;
  readonly minimal: Answers;
}

export const PRINT_CASES: readonly PrintCase[] = certificateModels.map((model) => {
  const key = `${model.type}/${model.version}`;
  const fixtures = certificateFixtures[key];
  if (fixtures === undefined) throw new Error(`No fixtures for ${key}`);
  return {
    key,
    compiled: compileModel(model),
    today: fixtures.today,
    maximal: fixtures.maximal,
    minimal: fixtures.minimal,
  };
});

export function printCase(key: string): PrintCase {
  const found = PRINT_CASES.find((c) => c.key === key);
  if (found === undefined) throw new Error(`No model ${key}`);
  return found;
}

/** A certificate signed at 10:00 UTC on the fixtures' day, or a draft last saved then. */
export function printable(
  printCase: PrintCase,
  answers: Answers = printCase.maximal,
  status: CertificateStatus = 'signed',
): PrintableCertificate {
  const at = `${printCase.today}T10:00:00.000Z`;
  const signed = status !== 'draft' && status !== 'lockedDraft';
  return {
    id: CERTIFICATE_ID,
    status,
    answers,
    patient: TOLVAN,
    unit: {
      unitId: 'TSTNMT2321000156-ALVC',
      unitName: 'Alfa Vårdcentral',
      careProviderId: 'TSTNMT2321000156',
      careProviderName: 'Alfa Regionen',
    },
    signedBy: signed ? { userId: 'ajla', hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor' } : null,
    signedAt: signed ? at : null,
    signature: signed ? 'header.payload.signature' : null,
    updatedAt: at,
  };
}
