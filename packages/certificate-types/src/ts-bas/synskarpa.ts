/**
 * ts-bas question 8 "Värden för synskärpa" (domain.md §1.9): the acuity table and, in v7, the checkbox 8.1
 * "Uppgifter om synskärpa skickas separat" that replaces it.
 *
 * Rules of the legacy validator (`InternalValidatorInstance.validateSyn`):
 * - the three acuities without correction are required, each acuity lies within 0.0–2.0;
 * - R37 (v7): values are sent either in the table or separately, not both; the two disable each other;
 * - R33–R35: the acuities *with* correction are required as well when the uncorrected ones are poor:
 *   R33 "Annat" (IAV10) with binocular below 0.5; R34 a licence IAV1–IAV9 with both eyes in [0.1, 0.8);
 *   R35 a licence IAV1–IAV9 with an eye below 0.1. Webcert reports each missing cell; so do these checks.
 */
import type { ElementRule, ElementSpec, VisualAcuityCell, VisualAcuityElement } from '@intyg/core';
import { anyOf } from '../common/code-systems.js';
import { INTYGET_AVSER } from '../common/ts-code-systems.js';
import { webcertTexts as w } from './webcert-texts.js';

export interface SynskarpaVariant {
  /** The delsvar of each acuity cell in svar 8. */
  readonly visualAcuityCells: Readonly<Record<VisualAcuityCell, string>>;
  /** v7: the checkbox 8.1 "Uppgifter om synskärpa skickas separat", which replaces the table. */
  readonly skickasSeparat: boolean;
}

/** Element id of v7's checkbox "synskärpa skickas separat" (its field and delsvar are 8.1). */
export const SKICKAS_SEPARAT = '8.1';

const cell = (eye: 'right' | 'left' | 'binocular', column: 'withoutCorrection' | 'withCorrection') =>
  `$8.${eye}.${column}`;
const LICENCES_BUT_ANNAT = anyOf(INTYGET_AVSER.filter(({ code }) => code !== 'IAV10').map(({ code }) => code));
const R33 = `$IAV10 && ${cell('binocular', 'withoutCorrection')} < 0.5`;
const R34 =
  `(${LICENCES_BUT_ANNAT}) && ${cell('right', 'withoutCorrection')} < 0.8 && ${cell('left', 'withoutCorrection')} < 0.8` +
  ` && ${cell('right', 'withoutCorrection')} >= 0.1 && ${cell('left', 'withoutCorrection')} >= 0.1`;
const R35 = `(${LICENCES_BUT_ANNAT}) && (${cell('right', 'withoutCorrection')} < 0.1 || ${cell('left', 'withoutCorrection')} < 0.1)`;

/** One check per cell with correction: required under R33–R35 (not while the values are sent separately). */
function withCorrectionRequired(skickasSeparat: boolean): ElementRule[] {
  const needed = `(${R33}) || (${R34}) || (${R35})`;
  const condition = skickasSeparat ? `!$${SKICKAS_SEPARAT} && (${needed})` : needed;
  const eyes = [
    ['right', 'Hoger'],
    ['left', 'Vanster'],
    ['binocular', 'Binokulart'],
  ] as const;
  return eyes.map(([eye, name]) => ({
    kind: 'check',
    id: `synskarpaMedKorrektion${name}`,
    expression: `(${condition}) && !exists(${cell(eye, 'withCorrection')})`,
    fieldId: `8.${eye}.withCorrection`,
    message: {
      sv: 'Ange synskärpa med korrektion.',
      en: 'Enter the visual acuity with correction.',
    },
  }));
}

export function synskarpaElements(t: (id: string) => string, variant: SynskarpaVariant): ElementSpec[] {
  const table: VisualAcuityElement = {
    id: '8',
    kind: 'visualAcuity',
    label: t('FRG_8.RBK'),
    description: t('FRG_8.HLP'),
    min: 0,
    max: 2,
    contactLenses: true,
    requiredCells: ['right.withoutCorrection', 'left.withoutCorrection', 'binocular.withoutCorrection'],
    labels: {
      right: t('ts-bas.label.syn.hogeroga'),
      left: t('ts-bas.label.syn.vansteroga'),
      binocular: t('ts-bas.label.syn.binokulart'),
      withoutCorrection: t('ts-bas.label.syn.utankorrektion'),
      withCorrection: t('ts-bas.label.syn.medkorrektion'),
      contactLens: t('ts-bas.label.syn.kontaktlins'),
    },
    transport: { kind: 'visualAcuity', svarId: '8', cells: variant.visualAcuityCells },
    rules: variant.skickasSeparat
      ? [
          // Answered by the values or by sending them separately; the checkbox disables the table.
          { kind: 'mandatory', expression: `$8 || $${SKICKAS_SEPARAT}` },
          { kind: 'disable', expression: `$${SKICKAS_SEPARAT}` },
          {
            kind: 'check',
            id: 'synskarpaSkickasSeparat',
            expression: `$${SKICKAS_SEPARAT} && $8`,
            fieldId: '8',
            message: {
              sv: 'Ange inte synskärpa när uppgifterna skickas separat.',
              en: 'Do not enter visual acuity when the values are sent separately.',
            },
          },
          ...withCorrectionRequired(true),
        ]
      : [{ kind: 'mandatory', expression: '$8' }, ...withCorrectionRequired(false)],
  };
  if (!variant.skickasSeparat) return [table];
  return [
    table,
    {
      id: SKICKAS_SEPARAT,
      kind: 'checkboxBoolean',
      fieldId: SKICKAS_SEPARAT,
      label: w.synskarpaSkickasSeparat,
      selectedText: w.yes,
      unselectedText: w.no,
      rules: [{ kind: 'disable', expression: '$8' }],
    },
  ];
}
