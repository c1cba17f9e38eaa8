/**
 * The element tree LUSE (FK 7800) and LUAE_NA (FK 7801) share: "identical structure" (domain.md §1.7) apart
 * from the investigation types offered in 4 and LUAE_NA's extra question 24. Labels come from the text set
 * passed in, so each version keeps its own wording.
 *
 * Display order is Webcert's (`luse/v1/model/converter/InternalToCertificate.java`): Diagnos (KAT_4) before
 * Bakgrund (KAT_3), as on the current paper form; category ids stay those of the text set.
 */
import type { CategoryElement, ElementSpec } from '@intyg/core';
import {
  type UnderlagCode,
  UTLATANDE_TEXT_LIMIT,
  UtlatandeTexts,
  category,
  diagnoser,
  grundForMedicinsktUnderlag,
  kannedomOmPatienten,
  kontakt,
  ovrigt,
  textQuestion,
  underlag,
  utlatandeWebcertTexts as w,
} from '../common/fk-utlatande.js';
import type { OfficialTexts } from '../common/official-texts.js';
import { unitContactElement } from '../common/unit-contact.js';

/** Övriga upplysningar, LUSE and LUAE_NA (domain.md §1.6, §1.7). */
export const LU_OVRIGT_LIMIT = 2700;

/** The seven functional areas of KAT_5, in form order; at least one must be described. */
export const FUNKTIONSNEDSATTNING_IDS = ['8', '9', '10', '11', '12', '13', '14'] as const;

export interface LuElementOptions {
  /** The KV_FKMU_0005 types question 4 offers. */
  readonly underlagCodes: readonly UnderlagCode[];
  /** LUAE_NA's 24 "Beskriv eller lämna förslag på vad som kan underlätta för patienten att komma ut i arbete". */
  readonly forslagTillAtgard: boolean;
}

/**
 * KAT_5 "Funktionsnedsättningar": seven optional texts of which at least one must be filled
 * ("common.validation.funktionsnedsattning.empty"). Webcert checks it on the category (a CATEGORY_MANDATORY
 * of the seven), so the check rule sits on the category and reports there.
 */
function funktionsnedsattningar(t: UtlatandeTexts): CategoryElement {
  return {
    ...category(
      t,
      'KAT_5',
      FUNKTIONSNEDSATTNING_IDS.map((id) => textQuestion(t, id)),
    ),
    rules: [
      {
        kind: 'check',
        id: 'funktionsnedsattningSaknas',
        expression: FUNKTIONSNEDSATTNING_IDS.map((id) => `!$${id}.1`).join(' && '),
        fieldId: 'KAT_5',
        message: { sv: 'Beskriv minst en funktionsnedsättning.', en: 'Describe at least one functional impairment.' },
      },
    ],
  };
}

/** The categories of a LUSE or LUAE_NA version, plus the unit's contact details. */
export function luElements(texts: OfficialTexts, options: LuElementOptions): ElementSpec[] {
  const t = new UtlatandeTexts(texts);
  const nyBedomning: ElementSpec = {
    id: '45',
    kind: 'radioBoolean',
    fieldId: '45.1',
    label: t.get('FRG_45.RBK'),
    description: t.get('FRG_45.HLP'),
    trueLabel: w.yes,
    falseLabel: w.no,
    rules: [{ kind: 'mandatory', expression: 'exists($45.1)' }],
    children: [
      {
        id: '45.2',
        kind: 'textArea',
        fieldId: '45.2',
        label: t.get('DFR_45.2.RBK'),
        // R13 (mandatory when Ja) and R14 (not sent otherwise: hidden).
        rules: [
          { kind: 'show', expression: '$45.1' },
          { kind: 'mandatory', expression: '$45.2' },
          { kind: 'textLimit', limit: UTLATANDE_TEXT_LIMIT },
        ],
      },
    ],
  };
  return [
    category(t, 'KAT_1', [grundForMedicinsktUnderlag(t), kannedomOmPatienten(t), underlag(t, options.underlagCodes)]),
    category(t, 'KAT_4', [diagnoser(t), textQuestion(t, '7', { mandatory: true }), nyBedomning]),
    category(t, 'KAT_3', [textQuestion(t, '5', { mandatory: true })]),
    funktionsnedsattningar(t),
    category(t, 'KAT_6', [textQuestion(t, '17', { mandatory: true })]),
    category(
      t,
      'KAT_7',
      ['18', '19', '20', '21'].map((id) => textQuestion(t, id)),
    ),
    category(t, 'KAT_8', [
      textQuestion(t, '22', { mandatory: true }),
      textQuestion(t, '23'),
      ...(options.forslagTillAtgard ? [textQuestion(t, '24')] : []),
    ]),
    category(t, 'KAT_9', [ovrigt(t, LU_OVRIGT_LIMIT)]),
    category(t, 'KAT_10', [kontakt(t)]),
    unitContactElement(),
  ];
}
