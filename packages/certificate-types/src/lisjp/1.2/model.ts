/**
 * LISJP v1 (legacy `common/fk/lisjp`, domain.md §1.3.a) with the labels of Försäkringskassan's text set
 * v1.2 (`texts/texterMU_LISJP_v1.2.xml`, valid from 2021-03-02).
 *
 * Kept so that a certificate written on version 1 keeps validating and rendering by version 1. The elements
 * are in elements.ts, which AG7804 v1 shares; this file holds what is LISJP's own: Webcert's two
 * "motivering" fields (which keep Webcert's names), the diagnoses required outright, all of KV_FKMU_0004 in
 * 40, Övrigt's limit and 26 "Kontakt med Försäkringskassan".
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { FORSAKRINGSKASSAN_LIFECYCLE } from '../../common/type-lifecycles.js';
import { FK7804_SEND_NOTES, FK7804_SICK_LEAVE } from '../../common/sick-leave.js';
import type { CertificateModel, ElementRule, ElementSpec } from '@intyg/core';
import { ATGARDER_V1_CODES, SICK_LEAVE_GRADES } from '../../common/code-systems.js';
import { requireText } from '../../common/official-texts.js';
import { atgarder, behovAvSjukskrivning, diagnoses, fk7804V1Elements, grund, kontakt, ovrigt } from './elements.js';
import { texts } from './texts/texts.js';
import { webcertTexts as w } from './webcert-texts.js';
import { FK_MESSAGES } from '../../common/messages.js';

const t = (id: string): string => requireText(texts, id);

/** At most ten measures in 40 (§1.3.a): every option but the exclusive EJ_AKTUELLT. */
const MAX_ATGARDER = 10;
/** `QuestionOvrigt LIMIT_OVRIGT` (§1.3.a). */
const OVRIGT_LIMIT = 2700;
/** Webcert's limit for its own "motivering" fields. */
const motiveringLimit: ElementRule = { kind: 'textLimit', limit: 150 };

/** Shown when no examination is a basis; Webcert moves it into Övrigt at signing. */
const motiveringEjUndersokning: ElementSpec = {
  id: 'motiveringTillInteBaseratPaUndersokning',
  kind: 'textArea',
  fieldId: 'motiveringTillInteBaseratPaUndersokning',
  // Webcert-only: not a question of Försäkringskassan's, so not part of the transport format.
  transport: { kind: 'none' },
  label: w.motiveringEjUndersokning,
  includeWhenRenewing: false,
  rules: [
    { kind: 'show', expression: '!$UNDERSOKNING && ($TELEFONKONTAKT || $JOURNALUPPGIFTER || $ANNAT)' },
    motiveringLimit,
  ],
};

const motiveringTidigtStartdatum: ElementSpec = {
  id: 'motiveringTillTidigtStartdatumForSjukskrivning',
  kind: 'textArea',
  fieldId: 'motiveringTillTidigtStartdatumForSjukskrivning',
  // Webcert-only: not a question of Försäkringskassan's, so not part of the transport format.
  transport: { kind: 'none' },
  label: w.motiveringTidigtStartdatum,
  description: w.motiveringTidigtStartdatumHelp,
  includeWhenRenewing: false,
  // Legacy Webcert: a period starting 7 days back or more (`<= -7`, QuestionMotiveringTidigtStartdatum).
  rules: [
    { kind: 'show', expression: SICK_LEAVE_GRADES.map(({ id }) => `($${id}.from <= -7)`).join(' || ') },
    motiveringLimit,
  ],
};

export const lisjpV1: CertificateModel = {
  type: 'lisjp',
  version: '1.2',
  typeCode: 'LISJP',
  formId: 'FK 7804',
  name: 'Läkarintyg för sjukpenning',
  description:
    'Läkarens bedömning av patientens arbetsförmåga när patienten ansöker om sjukpenning hos Försäkringskassan (version 1).',
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  lifecycle: FORSAKRINGSKASSAN_LIFECYCLE,
  messages: FK_MESSAGES,
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.2', '1.0', '1.1', '1.3'] },
  activeFrom: '2021-03-02',
  textVersion: '1.2',
  sickLeave: FK7804_SICK_LEAVE,
  sendNotes: FK7804_SEND_NOTES,
  // AG7804 from LISJP (v1), domain.md §1.4.
  createsDraftsOf: ['ag7804'],
  elements: fk7804V1Elements(t, {
    yesNo: w,
    grund: grund(t, [motiveringEjUndersokning]),
    diagnosis: [diagnoses(t, [{ kind: 'mandatory', expression: 'exists($huvuddiagnos)' }])],
    behovAvSjukskrivning: behovAvSjukskrivning(t, [motiveringTidigtStartdatum]),
    atgarder: atgarder(t, ATGARDER_V1_CODES, MAX_ATGARDER),
    ovrigt: ovrigt(t, OVRIGT_LIMIT),
    kontakt: kontakt(t, '26', t('FRG_26.HLP')),
  }),
};
