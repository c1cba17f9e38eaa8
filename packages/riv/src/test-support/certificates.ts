/** Header data for export tests: test persons and units, no real identities. */
import type { Answers, CertificateModel } from '@intyg/core';
import type { RivCareProfessional, RivCertificate, RivIssuer, RivUnit } from '../types.js';

export const TEST_ISSUER: RivIssuer = {
  hsaId: 'TSTNMT2321000156-1079',
  fullName: 'Arnold Johansson',
  prescriptionCode: '0000000',
};

export const TEST_UNIT: RivUnit = {
  unitId: 'TSTNMT2321000156-1077',
  unitName: 'NMT vg3 ve1',
  postalAddress: 'NMT gata 3',
  postalCode: '12345',
  city: 'Testhult',
  phone: '0101112131416',
  email: 'enhet3@webcert.invalid.se',
  workplaceCode: '1234567890',
  careProviderId: 'TSTNMT2321000156-102Q',
  careProviderName: 'NMT vg3',
};

/** The issuer with their unit, as `skickatAv` of RevokeCertificate and SendMessageToRecipient carries them. */
export const TEST_PROFESSIONAL: RivCareProfessional = { ...TEST_ISSUER, unit: TEST_UNIT };

export function testCertificate(model: CertificateModel, answers: Answers, today: string): RivCertificate {
  return {
    id: `test-${model.type}-${model.version}`,
    version: model.version,
    signedAt: `${today}T10:15:00`,
    sentAt: `${today}T10:16:00`,
    patient: {
      personId: '191212121212',
      firstName: 'Tolvan',
      middleName: 'Test',
      lastName: 'Tolvansson',
      postalAddress: 'Svensson, Storgatan 1, PL 1234',
      postalCode: '12345',
      city: 'Småmåla',
    },
    issuer: TEST_ISSUER,
    unit: TEST_UNIT,
    answers,
  };
}
