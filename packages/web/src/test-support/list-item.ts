import type { CertificateListItem } from '../api/certificate-lists.js';

/** A person as certificates name their creator and signer. */
export const issuer = (userId: string, name: string) => ({ userId, hsaId: `HSA-${userId}`, name });

/** A row of the unit's lists: a lisjp draft for Tolvan at Alfa Vårdcentral by Ajla Doktor; override anything. */
export function listItem(id: string, overrides: Partial<CertificateListItem> = {}): CertificateListItem {
  return {
    id,
    type: 'lisjp',
    version: '2.0',
    status: 'draft',
    complete: false,
    readyForSign: false,
    revision: 1,
    patient: {
      personId: '191212121212',
      name: 'Tolvan Tolvansson',
      protectedIdentity: false,
      deceased: false,
      testPerson: false,
    },
    unit: { unitId: 'ALVC', unitName: 'Alfa Vårdcentral', careProviderId: 'ALFA', careProviderName: 'Alfa Regionen' },
    createdBy: issuer('ajla', 'Ajla Doktor'),
    signedBy: null,
    answers: {},
    createdAt: '2025-10-01T07:00:00.000Z',
    updatedAt: '2025-10-01T07:00:00.000Z',
    signedAt: null,
    signature: null,
    ...overrides,
  };
}
