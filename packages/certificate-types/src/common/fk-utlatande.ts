/**
 * What Försäkringskassan's three legacy "läkarutlåtanden" share (domain.md §1.6–§1.8): LUSE (FK 7800),
 * LUAE_NA (FK 7801) and LUAE_FS (FK 7802) ask the same "grund för medicinskt underlag" (1, 1.3, 1.4),
 * "kännedom om patienten" (2), "andra utredningar eller underlag" (3, 4), diagnoses (6), övrigt (25) and
 * kontakt (26), and their free-text questions follow one pattern.
 *
 * Every builder takes the official text set of the version being built, so labels are word for word that
 * version's (LUAE_NA's 45.2 ends with a full stop, LUSE's does not). Ids are the transport format's svar and
 * delsvar ids; the legacy validators (`common/fk/<type>/…/InternalDraftValidatorImpl.java`) and the React
 * questions of `sklintyg/common` are the source of the rules.
 *
 * Renewing ("förnya") one of these copies everything (domain.md §2.5: `createNewInternalFromTemplate`), so no
 * element opts out with `includeWhenRenewing: false`; only the unit's contact details are re-read.
 */
import type {
  CategoryElement,
  CheckboxBooleanElement,
  CheckboxDateListElement,
  DiagnosesElement,
  ElementRule,
  ElementSpec,
  MedicalInvestigationListElement,
  RadioBooleanElement,
  TextAreaElement,
} from '@intyg/core';
import { ICD_10_SE_V1, KSH_97_P, KV_FKMU_0001, anyOf, codeOptions } from './code-systems.js';
import { requireText, type OfficialTexts } from './official-texts.js';

/** Andra medicinska utredningar eller underlag. */
export const KV_FKMU_0005 = 'KV_FKMU_0005';

/** Grund för medicinskt underlag in the three utlåtanden (no TELEFONKONTAKT, unlike LISJP). */
export const UTLATANDE_GRUND_CODES = ['UNDERSOKNING', 'JOURNALUPPGIFTER', 'ANHORIG', 'ANNAT'] as const;

/**
 * Every KV_FKMU_0005 type of the legacy utlåtanden, in Webcert's order (`Underlag.UnderlagsTyp`). LUSE
 * leaves out SKOLHALSOVARD, LUAE_FS leaves out FORETAGSHALSOVARD, LUAE_NA offers all.
 */
export const UNDERLAG_CODES = [
  'NEUROPSYKIATRISKT',
  'HABILITERING',
  'ARBETSTERAPEUT',
  'FYSIOTERAPEUT',
  'LOGOPED',
  'PSYKOLOG',
  'FORETAGSHALSOVARD',
  'SKOLHALSOVARD',
  'SPECIALISTKLINIK',
  'VARD_UTOMLANDS',
  'OVRIGT_UTLATANDE',
] as const;

export type UnderlagCode = (typeof UNDERLAG_CODES)[number];

/** The legacy FK free-text limit (domain.md §1.12). */
export const UTLATANDE_TEXT_LIMIT = 3500;
/** Webcert's limit for its own "motivering" field. */
export const MOTIVERING_LIMIT = 150;
/** At most three investigations (validator `MAX_UNDERLAG`, Schematron "högst tre"). */
export const MAX_UNDERLAG = 3;

/** Element id and field id of Webcert's "motivering" (Webcert's element "1.4", value id kept). */
export const MOTIVERING_ELEMENT_ID = '1.4';
export const MOTIVERING_FIELD_ID = 'motiveringTillInteBaseratPaUndersokning';

/** Category of the text set holding the supplementary questions ("tilläggsfrågor"). */
export const TILLAGG_CATEGORY_ID = 'KAT_9999';

/**
 * Texts the three types show that are not in Försäkringskassan's files: Webcert's own (the "motivering",
 * the date column of the investigation list, the yes/no labels), quoted from `sklintyg/common`
 * (`fk/luse/…/RespConstants.java`, `fk-parent/…/RespConstants.java`, `AbstractQuestionUnderlag.java`).
 */
export const utlatandeWebcertTexts = {
  yes: 'Ja',
  no: 'Nej',
  underlagDate: 'Datum',
  motivering: 'Motivering till varför det medicinska underlaget inte baseras på en undersökning av patienten:',
} as const;

/** Webcert's help of the motivering; `{0}` there is the label of question 25 ("Övriga upplysningar"). */
export function motiveringHelp(ovrigtLabel: string): string {
  return (
    'Detta är ett stöd för ifyllnad och ingen fråga från Försäkringskassan. Informationen du anger här kan vara ' +
    'till hjälp för Försäkringskassan i deras handläggning. Informationen du anger nedan, kommer att överföras ' +
    `till fältet "${ovrigtLabel}" vid signering.`
  );
}

const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** Looks texts up in one version's official text set. */
export class UtlatandeTexts {
  constructor(private readonly texts: OfficialTexts) {}

  /** A text that must exist. */
  get(id: string): string {
    return requireText(this.texts, id);
  }

  /** A text the set may lack (help texts differ between the types). */
  optional(id: string): string | undefined {
    return Object.hasOwn(this.texts, id) ? this.texts[id] : undefined;
  }

  /** Label of an option: `<codeSystem>.<code>.RBK`. */
  option(codeSystem: string, code: string): string {
    return this.get(`${codeSystem}.${code}.RBK`);
  }
}

/** A category headed by `KAT_n.RBK`, with `KAT_n.HLP` as help when the set has it. */
export function category(t: UtlatandeTexts, id: string, children: ElementSpec[]): CategoryElement {
  const description = t.optional(`${id}.HLP`);
  return { id, kind: 'category', label: t.get(`${id}.RBK`), ...(description ? { description } : {}), children };
}

export interface TextQuestionOptions {
  readonly mandatory?: boolean;
  /** Default UTLATANDE_TEXT_LIMIT. */
  readonly limit?: number;
}

/**
 * Free-text question `id` answered in delsvar `id.1`: label FRG_id, input label DFR_id.1 and help FRG_id.HLP
 * (or DFR_id.1.HLP) when the text set has them.
 */
export function textQuestion(t: UtlatandeTexts, id: string, options: TextQuestionOptions = {}): TextAreaElement {
  const fieldId = `${id}.1`;
  const fieldLabel = t.optional(`DFR_${fieldId}.RBK`);
  const description = t.optional(`FRG_${id}.HLP`) ?? t.optional(`DFR_${fieldId}.HLP`);
  const rules: ElementRule[] = options.mandatory ? [{ kind: 'mandatory', expression: `$${fieldId}` }] : [];
  return {
    id,
    kind: 'textArea',
    fieldId,
    label: t.get(`FRG_${id}.RBK`),
    ...(fieldLabel === undefined ? {} : { fieldLabel }),
    ...(description === undefined ? {} : { description }),
    rules: [...rules, limit(options.limit ?? UTLATANDE_TEXT_LIMIT)],
  };
}

/**
 * 1 "Utlåtandet är baserat på": a date per basis, none after today; 1.3 "Ange vad annat är" iff ANNAT
 * (R2/R3), travelling in the ANNAT instance of svar 1; Webcert's 1.4 motivering, shown when the
 * utlåtande is not based on an examination, appended to Övrigt at signing and therefore not transported.
 */
export function grundForMedicinsktUnderlag(t: UtlatandeTexts): CheckboxDateListElement {
  const others = UTLATANDE_GRUND_CODES.filter((code) => code !== 'UNDERSOKNING');
  return {
    id: '1',
    kind: 'checkboxDateList',
    label: t.get('FRG_1.RBK'),
    options: codeOptions(KV_FKMU_0001, UTLATANDE_GRUND_CODES, (code) => t.option(KV_FKMU_0001, code)),
    maxDaysFromToday: 0,
    rules: [{ kind: 'mandatory', expression: anyOf(UTLATANDE_GRUND_CODES) }],
    children: [
      {
        id: '1.3',
        kind: 'textField',
        fieldId: '1.3',
        label: t.get('DFR_1.3.RBK'),
        transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'ANNAT' },
        rules: [
          { kind: 'show', expression: '$ANNAT' },
          { kind: 'mandatory', expression: '$1.3' },
          limit(UTLATANDE_TEXT_LIMIT),
        ],
      },
      {
        id: MOTIVERING_ELEMENT_ID,
        kind: 'textArea',
        fieldId: MOTIVERING_FIELD_ID,
        label: utlatandeWebcertTexts.motivering,
        description: motiveringHelp(t.get('FRG_25.RBK')),
        // Webcert-only: not a question of Försäkringskassan's, so not part of the transport format.
        transport: { kind: 'none' },
        rules: [{ kind: 'show', expression: `!$UNDERSOKNING && (${anyOf(others)})` }, limit(MOTIVERING_LIMIT)],
      },
    ],
  };
}

/** The error of "kännedom" later than the date of `code` (legacy "…grund-for-mu.kannedom.after"). */
function kannedomAfter(t: UtlatandeTexts, code: 'UNDERSOKNING' | 'ANHORIG', id: string): ElementRule {
  const label = t.option(KV_FKMU_0001, code);
  return {
    kind: 'check',
    id,
    expression: `$2.1.days > $${code}.days`,
    fieldId: '2.1',
    message: {
      sv: `Ange ett datum, tidigare än eller samma som för "${label}".`,
      en: `Enter a date on or before the date of "${label}".`,
    },
  };
}

/**
 * 2 "Jag har känt patienten sedan den": mandatory, not after today, and not after the date of the
 * examination nor of the relative's description (legacy validator; Schematron q1.1-1.2-2.1).
 */
export function kannedomOmPatienten(t: UtlatandeTexts): ElementSpec {
  return {
    id: '2',
    kind: 'date',
    fieldId: '2.1',
    label: t.get('FRG_2.RBK'),
    maxDaysFromToday: 0,
    rules: [
      { kind: 'mandatory', expression: '$2.1' },
      kannedomAfter(t, 'UNDERSOKNING', 'kannedomAfterUndersokning'),
      kannedomAfter(t, 'ANHORIG', 'kannedomAfterAnhorig'),
    ],
  };
}

/**
 * 3 "Är utlåtandet även baserat på andra medicinska utredningar eller underlag?" (mandatory) and, shown
 * and required iff it is answered Ja (R6), 4 "Ange utredning eller underlag": at most three rows of
 * KV_FKMU_0005 type, date (not after today) and where Försäkringskassan can get it.
 */
export function underlag(t: UtlatandeTexts, codes: readonly UnderlagCode[]): RadioBooleanElement {
  const list: MedicalInvestigationListElement = {
    id: '4',
    kind: 'medicalInvestigationList',
    label: t.get('FRG_4.RBK'),
    // The text set's only help for 4 is that of its source column (Webcert shows it there).
    description: t.get('DFR_4.3.HLP'),
    options: codeOptions(KV_FKMU_0005, codes, (code) => t.option(KV_FKMU_0005, code)),
    maxRows: MAX_UNDERLAG,
    maxDaysFromToday: 0,
    typeLabel: t.get('FRG_4.RBK'),
    dateLabel: utlatandeWebcertTexts.underlagDate,
    sourceLabel: t.get('DFR_4.3.RBK'),
    sourceLimit: UTLATANDE_TEXT_LIMIT,
    rules: [
      { kind: 'show', expression: '$3.1' },
      { kind: 'mandatory', expression: '$4' },
    ],
  };
  return {
    id: '3',
    kind: 'radioBoolean',
    fieldId: '3.1',
    label: t.get('FRG_3.RBK'),
    trueLabel: utlatandeWebcertTexts.yes,
    falseLabel: utlatandeWebcertTexts.no,
    rules: [{ kind: 'mandatory', expression: 'exists($3.1)' }],
    children: [list],
  };
}

/**
 * 6: up to three diagnoses in ICD-10-SE or KSH97-P (the v1 OIDs of the samples), code label DFR_6.2;
 * the first row is mandatory. The validation of codes and descriptions is the diagnoses kind's.
 */
export function diagnoser(t: UtlatandeTexts): DiagnosesElement {
  const description = t.optional('FRG_6.HLP');
  return {
    id: '6',
    kind: 'diagnoses',
    label: t.get('FRG_6.RBK'),
    ...(description === undefined ? {} : { description }),
    codeLabel: t.get('DFR_6.2.RBK'),
    rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
    codeSystems: [ICD_10_SE_V1, KSH_97_P],
    descriptionLimit: 81,
    rules: [{ kind: 'mandatory', expression: 'exists($huvuddiagnos)' }],
  };
}

/** 25 "Övriga upplysningar": optional; the limit differs (2700, LUAE_FS 2850). */
export function ovrigt(t: UtlatandeTexts, textLimit: number): TextAreaElement {
  return textQuestion(t, '25', { limit: textLimit });
}

/** 26 "Kontakt med Försäkringskassan" and 26.2 "Ange gärna varför…", shown only when 26.1 is ticked (R11). */
export function kontakt(t: UtlatandeTexts): CheckboxBooleanElement {
  return {
    id: '26',
    kind: 'checkboxBoolean',
    fieldId: '26.1',
    label: t.get('FRG_26.RBK'),
    fieldLabel: t.get('DFR_26.1.RBK'),
    description: t.get('FRG_26.HLP'),
    children: [
      {
        id: '26.2',
        kind: 'textArea',
        fieldId: '26.2',
        label: t.get('DFR_26.2.RBK'),
        rules: [{ kind: 'show', expression: '$26.1' }, limit(UTLATANDE_TEXT_LIMIT)],
      },
    ],
  };
}

/**
 * A supplementary question of the text set (`<tillagg><tillaggsfraga id="9001">`): an optional free text
 * answered in delsvar `id.1`, labelled DFR_id.1 with help DFR_id.1.HLP.
 */
export function tillaggsfraga(t: UtlatandeTexts, id: string): TextAreaElement {
  const fieldId = `${id}.1`;
  const description = t.optional(`DFR_${fieldId}.HLP`);
  return {
    id,
    kind: 'textArea',
    fieldId,
    label: t.get(`DFR_${fieldId}.RBK`),
    ...(description === undefined ? {} : { description }),
    rules: [limit(UTLATANDE_TEXT_LIMIT)],
  };
}
