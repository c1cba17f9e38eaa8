/**
 * FK7804 v2.0, "Läkarintyg för sjukpenning", as certificate-service models it (domain.md §1.3.b).
 *
 * The elements are in elements.ts, which AG7804 v2.0 shares; this file holds what is FK7804's own: the
 * diagnoses required outright, and 26 "Kontakt med Försäkringskassan".
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { FORSAKRINGSKASSAN_LIFECYCLE } from '../../common/type-lifecycles.js';
import { FK7804_SEND_NOTES, FK7804_SICK_LEAVE } from '../../common/sick-leave.js';
import type { CertificateModel } from '@intyg/core';
import { contactElement, diagnosesElement, fk7804V2Elements } from './elements.js';
import { questionTexts as q } from './texts.js';
import { FK_MESSAGES } from '../../common/messages.js';

export const lisjpV2: CertificateModel = {
  type: 'lisjp',
  version: '2.0',
  typeCode: 'LISJP',
  formId: 'FK 7804',
  name: 'Läkarintyg för sjukpenning',
  description:
    'Läkarens bedömning av patientens arbetsförmåga när patienten ansöker om sjukpenning hos Försäkringskassan.',
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  lifecycle: FORSAKRINGSKASSAN_LIFECYCLE,
  messages: FK_MESSAGES,
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['2.0'] },
  activeFrom: '2025-08-05',
  sickLeave: FK7804_SICK_LEAVE,
  sendNotes: FK7804_SEND_NOTES,
  // ableToCreateDraftForModel = AG7804 v2.0 (domain.md §1.3.b): "Skapa AG7804".
  createsDraftsOf: ['ag7804'],
  elements: fk7804V2Elements({
    diagnosis: [diagnosesElement([{ kind: 'mandatory', expression: 'exists($huvuddiagnos)' }])],
    contact: contactElement('26', { label: q.kontakt, fieldLabel: q.kontaktLabel, reasonLabel: q.kontaktVarfor }),
  }),
};
