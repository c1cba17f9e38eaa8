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

  // Code lists.
  codeDuplicate: (label: string) =>
    text(`${quoted(label).sv} får bara väljas en gång.`, `${quoted(label).en} may be selected only once.`),
  codesMax: (max: number) => text(`Välj högst ${max} alternativ.`, `Select at most ${max} options.`),
  codeExclusive: (label: string) =>
    text(
      `${quoted(label).sv} kan inte kombineras med andra alternativ.`,
      `${quoted(label).en} cannot be combined with other options.`,
    ),

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
