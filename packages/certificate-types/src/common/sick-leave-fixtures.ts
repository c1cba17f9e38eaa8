/**
 * Fixture samples of what the sick-leave certificates share: the questions LISJP and AG7804 have in common (AG7804
 * asks LISJP's questions for the employer), 6 diagnoses and 32 sick-leave periods, per generation (the legacy
 * versions lisjp 1.2 and ag7804 1.1, and the 2.0 versions), and the diagnosis rows and "grund" options AG1-14
 * uses alike. The fixtures of all of them are validated on `today`.
 */
import type { Answers, DiagnosisRow, SickLeavePeriod } from '@intyg/core';
import type { InvalidFixture } from '../fixture-types.js';
import { error, fixtureMaker, icdDiagnoses, kshDiagnoses, unitContactAnswer } from './fixture-helpers.js';
import type { DiagnosisFixtureOptions, PeriodFixtureOptions } from './invalid-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from './unit-contact.js';

export const today = '2025-10-01';

export const onePeriod: readonly SickLeavePeriod[] = [{ code: 'HELT_NEDSATT', from: '2025-10-01', to: '2025-10-14' }];
export const oneDiagnosis: readonly DiagnosisRow[] = [
  { code: 'J069', description: 'Akut övre luftvägsinfektion, ospecificerad' },
];

/** Minimal answers to the questions LISJP and AG7804 share, alike in every version. */
export const minimalShared: Answers = {
  '35': 'Nedsatt rörlighet i ländryggen, smärta vid framåtböjning.',
  '17': 'Kan inte lyfta eller sitta längre än 30 minuter i taget.',
  '32': onePeriod,
  '39': 'STOR_SANNOLIKHET',
  [UNIT]: unitContactAnswer,
};

/** Maximal answers to the questions LISJP and AG7804 share, alike in every version. */
const maximalShared: Answers = {
  '27': false,
  '1.3': 'Utlåtande från fysioterapeut',
  '28': ['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'FORALDRALEDIG', 'STUDIER'],
  '29': 'Undersköterska på vårdavdelning: förflyttningar av patienter, dagliga tunga lyft.',
  '35': 'Nedsatt rörlighet i ländryggen, smärta vid framåtböjning. Nedstämdhet och koncentrationssvårigheter.',
  '17': 'Kan inte lyfta eller sitta längre än 30 minuter i taget.',
  '32': [
    { code: 'HELT_NEDSATT', from: '2025-09-22', to: '2025-10-05' },
    { code: 'TRE_FJARDEDEL', from: '2025-10-06', to: '2025-10-19' },
    { code: 'HALFTEN', from: '2025-10-20', to: '2025-11-02' },
    { code: 'EN_FJARDEDEL', from: '2025-11-03', to: '2025-11-16' },
  ],
  '37': 'Samsjuklighet med depression förlänger förloppet.',
  '33': true,
  '33.2': 'Behöver vila mellan arbetspassen för att återhämta sig.',
  '34': true,
  '25': 'Patienten har tidigare varit sjukskriven för samma besvär.',
  [UNIT]: unitContactAnswer,
};

/** Maximal answers to the shared questions in the legacy versions, but 1 (and 40, whose options differ). */
export const LEGACY_MAXIMAL: Answers = {
  ...maximalShared,
  '6': kshDiagnoses,
  '19': 'Fysioterapi två gånger i veckan.',
  '20': 'Samtalsbehandling på vårdcentralen.',
  '39': 'ATER_X_ANTAL_DGR',
  '39.3': 'SEXTIO_DGR',
  '44': 'Arbetsträning med successiv upptrappning.',
};

/**
 * Minimal answers to the shared questions in the 2.0 versions, where 35 and 17 are ICF questions whose answer
 * is { text, icfCodes }.
 */
export const MINIMAL_V2: Answers = {
  ...minimalShared,
  '35': { text: minimalShared['35'] as string, icfCodes: [] },
  '17': { text: minimalShared['17'] as string, icfCodes: [] },
};

/** Maximal answers to the shared questions in the 2.0 versions; the ICF codes are ones FMB offers for 6. */
export const MAXIMAL_V2: Answers = {
  ...maximalShared,
  '35': { text: maximalShared['35'] as string, icfCodes: ['b280', 'b710', 'b130', 'b152'] },
  '17': { text: maximalShared['17'] as string, icfCodes: ['d410', 'd430', 'd450', 'd160'] },
  '1': [
    { code: 'FYSISKUNDERSOKNING', date: '2025-10-01' },
    { code: 'DIGITALUNDERSOKNING', date: '2025-09-28' },
    { code: 'TELEFONKONTAKT', date: '2025-09-25' },
    { code: 'JOURNALUPPGIFTER', date: '2020-05-12' },
    { code: 'ANNAT', date: '2025-09-01' },
  ],
  '6': icdDiagnoses,
  '19': 'Fysioterapi två gånger i veckan, samtalsbehandling på vårdcentralen.',
  '39': 'ATER_X_ANTAL_MANADER',
  '39.4': 3,
  '44': 'Anpassade arbetsuppgifter utan tunga lyft.',
};

/**
 * The options of 1 "Grund för medicinskt underlag" (10 in AG1-14), as the fixtures tick them: legacy versions,
 * and 2.0 with the examination split into a physical and a digital one.
 */
export const GRUND_OPTIONS_V1 = ['UNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'] as const;
export const GRUND_OPTIONS_V2 = [
  'FYSISKUNDERSOKNING',
  'DIGITALUNDERSOKNING',
  'TELEFONKONTAKT',
  'JOURNALUPPGIFTER',
  'ANNAT',
] as const;

/** A partial period also makes 33 mandatory; answering it keeps a period fixture to its one error. */
const partialPeriodAnswered = { '33': false } as const;

/** A partial period (of `grade`) without 33, and 33 = Ja without 33.2 (on a half period). */
export function partialPeriodFixtures(base: Answers, grade: string): InvalidFixture[] {
  const fixture = fixtureMaker(base);
  const partial = (code: string) => [{ ...onePeriod[0]!, code }];
  return [
    fixture('32: a partial period without 33', { '32': partial(grade) }, error('mandatory', '33', '33.1')),
    fixture('33 = Ja without 33.2', { '32': partial('HALFTEN'), '33': true }, error('mandatory', '33.2', '33.2')),
  ];
}

const periods = { elementId: '32', start: today, partialAnswered: partialPeriodAnswered } as const;

export const LEGACY_PERIODS: PeriodFixtureOptions = {
  ...periods,
  missing: 'from',
  notADate: '2025-02-29',
  overlap: { code: 'EN_FJARDEDEL', day: 9 },
};

export const PERIODS_V2: PeriodFixtureOptions = {
  ...periods,
  missing: 'to',
  notADate: '2025-10-32',
  overlap: { code: 'HALFTEN', day: 13 },
};

/** Two valid diagnosis rows in ICD-10-SE. */
export const diagnosisRows: DiagnosisFixtureOptions['rows'] = [
  oneDiagnosis[0]!,
  { code: 'M545', description: 'Lumbago' },
];

const diagnoses = {
  elementId: '6',
  rows: diagnosisRows,
  imprecise: { code: 'F32', description: 'Depressiv episod' },
} as const;

/** The legacy versions offer ICD-10-SE and KSH97-P. */
export const LEGACY_DIAGNOSES: DiagnosisFixtureOptions = {
  ...diagnoses,
  blankCode: ' ',
  blankDescription: '  ',
  wrongLength: { code: 'J0', description: 'Luftvägsinfektion' },
  otherSystem: { code: 'M545', description: 'Lumbago', system: 'KSH_97_P' },
};

export const DIAGNOSES_V2: DiagnosisFixtureOptions = {
  ...diagnoses,
  wrongLength: { code: 'J06999', description: 'Lumbago' },
};
