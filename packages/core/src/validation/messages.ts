/**
 * Every validation message, Swedish and English, in one place.
 *
 * Where Webcert has a text (certificate-service `ErrorMessageFactory`, `ElementValidationDiagnosis`,
 * `ElementValidationUnitContactInformation`), the Swedish text is Webcert's, character for character,
 * so users meet the wording they know. The other Swedish texts follow the same voice: a short imperative
 * or a plain statement, ending with a full stop.
 */
import type { LocalizedText } from './validation-error.js';

function text(sv: string, en: string): LocalizedText {
  return { sv, en };
}

/** `«label»` in Swedish, `“label”` in English: the option's own label, so the user knows which one. */
function quoted(label: string): { sv: string; en: string } {
  return { sv: `«${label}»`, en: `“${label}”` };
}

/** A number with at least one decimal, as Java prints a double: 2 → "2,0", 0.25 → "0,25". */
function decimal(value: number, separator: ',' | '.'): string {
  const printed = Number.isInteger(value) ? value.toFixed(1) : String(value);
  return printed.replace('.', separator);
}

export const messages = {
  // Mandatory, by kind of element.
  answerMissing: text('Ange ett svar.', 'Enter an answer.'),
  optionMissing: text('Välj ett alternativ.', 'Select an option.'),
  optionsMissing: text('Välj minst ett alternativ.', 'Select at least one option.'),
  diagnosesMissing: text('Ange minst en diagnos.', 'Enter at least one diagnosis.'),

  // Text.
  textLimit: (limit: number) =>
    text(`Ange en text som inte är längre än ${limit}.`, `Enter a text of at most ${limit} characters.`),
  textBlank: text('Fältet får inte bara innehålla blanksteg.', 'The field must not contain only spaces.'),

  // Numbers.
  integerRange: (min: number, max: number) =>
    text(`Ange ett värde mellan ${min}-${max}.`, `Enter a whole number between ${min} and ${max}.`),

  // Dates; `date` is formatted YYYY-MM-DD.
  dateMissing: text('Ange ett datum.', 'Enter a date.'),
  dateInvalid: text('Ange ett giltigt datum.', 'Enter a valid date (YYYY-MM-DD).'),
  dateMax: (date: string) => text(`Ange ett datum som är senast ${date}.`, `Enter a date no later than ${date}.`),
  dateMin: (date: string) => text(`Ange ett datum som är tidigast ${date}.`, `Enter a date no earlier than ${date}.`),
  dateBeforeBirth: text(
    'Ange ett datum som infaller efter patientens födelsedatum.',
    'Enter a date no earlier than the patient’s date of birth.',
  ),

  // Date ranges.
  dateRangeMissing: text('Ange period.', 'Enter a period.'),

  // Years.
  yearInvalid: text('Ange ett giltigt årtal.', 'Enter a valid year (YYYY).'),
  yearBetweenBirthAndNow: text(
    'Ange ett årtal mellan patientens födelsedatum och dagens datum.',
    'Enter a year between the patient’s year of birth and the current year.',
  ),
  yearBeforeBirth: text(
    'Ange ett år, senare än patientens födelseår.',
    'Enter a year no earlier than the patient’s year of birth.',
  ),
  yearInFuture: text('Ange ett år, årets eller tidigare.', 'Enter the current year or an earlier year.'),

  // Uncertain dates ("YYYY-MM-00", "YYYY-00-00").
  uncertainDateInvalid: text(
    'åååå måste anges, månad och dag kan anges som 00.',
    'Enter the year as YYYY; month and day may be given as 00.',
  ),
  uncertainDateMonthMissing: text('Ange månad.', 'Enter the month.'),
  uncertainDateDayMissing: text('Ange dag.', 'Enter the day.'),

  // Visual acuity; Webcert writes the interval with decimal commas, "0,0 - 2,0".
  visualAcuityRange: (min: number, max: number) =>
    text(
      `Ange synskärpa i intervallet ${decimal(min, ',')} - ${decimal(max, ',')}.`,
      `Enter a visual acuity between ${decimal(min, '.')} and ${decimal(max, '.')}.`,
    ),

  // Medical investigations.
  investigationsMax: (max: number) =>
    text(
      `Ange högst ${max} ${max === 1 ? 'utredning' : 'utredningar'}.`,
      `Enter at most ${max} ${max === 1 ? 'investigation' : 'investigations'}.`,
    ),

  // Code lists.
  codeDuplicate: (label: string) =>
    text(`${quoted(label).sv} får bara väljas en gång.`, `${quoted(label).en} may be selected only once.`),
  codesMax: (max: number) => text(`Välj högst ${max} alternativ.`, `Select at most ${max} options.`),
  codeExclusive: (label: string) =>
    text(
      `${quoted(label).sv} kan inte kombineras med andra alternativ.`,
      `${quoted(label).en} cannot be combined with other options.`,
    ),

  // ICF codes.
  icfDuplicate: (code: string) =>
    text(`ICF-koden ${code} får bara väljas en gång.`, `The ICF code ${code} may be chosen only once.`),
  icfMax: (max: number) => text(`Välj högst ${max} ICF-koder.`, `Choose at most ${max} ICF codes.`),

  // Sick-leave periods.
  periodsOrder: text(
    'Ange ett slutdatum som infaller efter startdatumet.',
    'Enter an end date that falls after the start date.',
  ),
  periodsOverlap: text('Ange perioder som inte överlappar varandra.', 'Enter periods that do not overlap.'),
  periodGradeDuplicate: (label: string) =>
    text(
      `Sjukskrivningsgraden ${quoted(label).sv} får bara anges för en period.`,
      `The sick-leave grade ${quoted(label).en} may be used for one period only.`,
    ),
  periodsTooFew: (min: number) =>
    text(
      `Ange minst ${min} ${min === 1 ? 'period' : 'perioder'}.`,
      `Enter at least ${min} ${min === 1 ? 'period' : 'periods'}.`,
    ),
  periodsTooMany: (max: number) =>
    text(
      `Ange högst ${max} ${max === 1 ? 'period' : 'perioder'}.`,
      `Enter at most ${max} ${max === 1 ? 'period' : 'periods'}.`,
    ),

  // Diagnoses.
  diagnosesOrder: text('Ange diagnos på översta raden först.', 'Enter a diagnosis on the top row first.'),
  diagnosisCodeMissing: text('Ange diagnoskod.', 'Enter a diagnosis code.'),
  diagnosisDescriptionMissing: text('Ange diagnosbeskrivning.', 'Enter a diagnosis description.'),
  diagnosisCodeLength: text(
    'Diagnoskoden ska ha mellan 3 och 5 tecken.',
    'The diagnosis code must have between 3 and 5 characters.',
  ),
  diagnosisCodePrecision: text(
    'Diagnoskoder som börjar på F eller Z73 ska anges med minst 4 tecken.',
    'Diagnosis codes starting with F or Z73 must have at least 4 characters.',
  ),
  diagnosisCodeUnknown: text('Diagnoskod är ej giltig.', 'The diagnosis code is not valid.'),
  diagnosisCodeSystemMixed: text(
    'Ange alla diagnoser med samma kodverk.',
    'Enter all diagnoses in the same code system.',
  ),

  // The issuing unit's contact details.
  unitAddressMissing: text('Ange postadress.', 'Enter the postal address.'),
  unitZipCodeMissing: text('Ange postnummer.', 'Enter the postal code.'),
  unitCityMissing: text('Ange postort.', 'Enter the city.'),
  unitPhoneMissing: text('Ange telefonnummer.', 'Enter the phone number.'),
} as const;
