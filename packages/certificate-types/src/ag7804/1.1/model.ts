/**
 * AG7804 v1 (legacy `common/skl/ag7804`, domain.md §1.4 "Legacy v1"), "Läkarintyg om arbetsförmåga –
 * arbetsgivaren", with the labels of text set v1.1 (`texts/texterMU_AG7804_v1.1.xml`, valid from 2021-03-02).
 *
 * It is LISJP v1 for the employer (the shared elements are lisjp/1.2/elements.ts) with these differences:
 * question 100 ("Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?") gates the
 * diagnoses; category KAT_4 is "Sjukdomens konsekvenser för patienten" (a text of the set); 25 is "Övriga
 * upplysningar till arbetsgivaren" with limit 4000; 103 "Kontakt med arbetsgivaren" replaces 26; 40 offers
 * nine options (no SOKA_NYTT_ARBETE, no KONFLIKTHANTERING), at most 8; and there are none of LISJP's
 * Webcert-only "motivering" fields.
 *
 * Kept so that a certificate written on version 1 keeps validating and rendering by version 1; new drafts
 * get 2.0. Ids are the svar/delsvar ids of the transport format. Rules follow the legacy validator
 * (`$COAG7804/v1/validator/InternalDraftValidatorImpl.java`) and the legacy React questions.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { AG7804_LIFECYCLE } from '../../common/type-lifecycles.js';
import { AG7804_SICK_LEAVE } from '../../common/sick-leave.js';
import type { CertificateModel, ElementSpec } from '@intyg/core';
import { ATGARDER_V1_CODES } from '../../common/code-systems.js';
import { requireText } from '../../common/official-texts.js';
import { diagnosisHideableWhen } from '../../common/print-options.js';
import {
  atgarder,
  behovAvSjukskrivning,
  diagnoses,
  fk7804V1Elements,
  grund,
  kontakt,
  ovrigt,
} from '../../lisjp/1.2/elements.js';
import { texts } from './texts/texts.js';
import { webcertTexts as w } from './webcert-texts.js';

const t = (id: string): string => requireText(texts, id);

/** KV_FKMU_0004 without SOKA_NYTT_ARBETE and KONFLIKTHANTERING, in the legacy order. */
const ATGARDER_CODES = ATGARDER_V1_CODES.filter((code) => code !== 'SOKA_NYTT_ARBETE' && code !== 'KONFLIKTHANTERING');
/** `MAX_ARBETSLIVSINRIKTADE_ATGARDER`: every option but the exclusive "Inte aktuellt". */
const MAX_ATGARDER = 8;
/** `QuestionOvrigt LIMIT_OVRIGT` (§1.4). */
const OVRIGT_LIMIT = 4000;

/** Mandatory also with smittskydd (the legacy validator asks for it whatever 27.1 says). */
const formedlaDiagnos: ElementSpec = {
  id: '100',
  kind: 'radioBoolean',
  fieldId: '100.1',
  label: t('FRG_100.RBK'),
  trueLabel: w.yes,
  falseLabel: w.no,
  includeWhenRenewing: false,
  rules: [{ kind: 'mandatory', expression: 'exists($100.1)' }],
};

/**
 * Disabled until 100 is answered, hidden when it is Nej (legacy `Hide exists(NO)`, `Enable exists(YES) ||
 * exists(NO)`). The validator checks the diagnoses only when 100 is Ja; while 100 is unanswered the error is
 * on 100 alone, hence the mandatory rule's `empty($100.1)`.
 */
const diagnos = diagnoses(t, [
  { kind: 'hide', expression: 'exists($100.1) && !$100.1' },
  { kind: 'disable', expression: 'empty($100.1)' },
  { kind: 'mandatory', expression: 'exists($huvuddiagnos) || empty($100.1)' },
]);

export const ag7804V1: CertificateModel = {
  type: 'ag7804',
  version: '1.1',
  typeCode: 'AG7804',
  formId: 'AG7804',
  name: 'Läkarintyg om arbetsförmåga – arbetsgivaren',
  description:
    'Läkarens bedömning av patientens arbetsförmåga för arbetsgivaren; patienten skriver ut intyget och bestämmer om diagnosen ska visas (version 1).',
  // Never sent electronically: the patient prints it (domain.md §1.0, §1.4).
  recipient: null,
  lifecycle: AG7804_LIFECYCLE,
  transport: {
    typeCodeSystem: KV_INTYGSTYP,
    // KV intygstyp's name of AG7804, as `intyg/typ/displayName` carries it.
    typeDisplayName: 'Läkarintyg om arbetsförmåga – arbetsgivare',
    versions: ['1.1', '1.0', '1.2'],
  },
  activeFrom: '2021-03-02',
  textVersion: '1.1',
  sickLeave: AG7804_SICK_LEAVE,
  elements: fk7804V1Elements(t, {
    yesNo: w,
    grund: grund(t),
    diagnosis: [formedlaDiagnos, diagnos],
    behovAvSjukskrivning: behovAvSjukskrivning(t),
    atgarder: atgarder(t, ATGARDER_CODES, MAX_ATGARDER),
    ovrigt: ovrigt(t, OVRIGT_LIMIT),
    kontakt: kontakt(t, '103'),
  }),
  // As version 2.0 (§1.4, §7.1): hideable when 100 is Ja, never for smittbärarpenning (27).
  printOptions: diagnosisHideableWhen('6', '$100.1 && !$27.1'),
};
