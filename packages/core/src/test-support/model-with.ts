/** Small certificate models for tests of model checks: one category holding the given elements. */
import type { CertificateModel } from '../model/certificate-model.js';
import type { CheckboxCodeListElement, ElementSpec, SickLeavePeriodsElement } from '../model/element.js';

export function modelWith(...elements: ElementSpec[]): CertificateModel {
  return {
    type: 'lisjp',
    version: '2.0',
    typeCode: 'LISJP',
    name: 'Läkarintyg för sjukpenning',
    description: 'Test',
    recipient: null,
    activeFrom: '2020-01-01',
    transport: { typeCodeSystem: 'test', versions: ['2.0'] },
    elements: [{ id: 'KAT_1', kind: 'category', label: 'Kategori', children: elements }],
  };
}

export const text = (id: string, extra: Partial<ElementSpec> = {}): ElementSpec =>
  ({ id, kind: 'textArea', fieldId: `${id}.1`, label: `Fråga ${id}`, ...extra }) as ElementSpec;
export const codes: CheckboxCodeListElement = {
  id: '28',
  kind: 'checkboxCodeList',
  label: 'Sysselsättning',
  options: [
    { id: 'NUVARANDE_ARBETE', label: 'Nuvarande arbete' },
    { id: 'STUDIER', label: 'Studier' },
  ],
};
export const periods: SickLeavePeriodsElement = {
  id: '32',
  kind: 'sickLeavePeriods',
  label: 'Nedsättning',
  options: [{ id: 'HALFTEN', label: '50 procent', percent: 50 }],
  minPeriods: 1,
  maxPeriods: 4,
};
