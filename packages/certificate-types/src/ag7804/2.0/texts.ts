/**
 * The texts of AG7804 v2.0 that differ from FK7804 v2.0, as certificate-service defines them in code
 * (`$CSM/ag7804/elements/QuestionFormedlaInfoOmDiagnosTillAG.java`, `QuestionKontakt.java`,
 * `QuestionAngeVarforDuVillHaKontakt.java`; domain.md §1.4). Every other text is FK7804's
 * (lisjp/2.0/texts.ts): the element tree is the same. Word for word; do not edit. The one text of our own
 * is marked as such.
 */
export const ag7804Texts = {
  formedlaDiagnos: 'Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?',
  formedlaDiagnosHelp:
    'Information om diagnos kan vara viktig för patientens arbetsgivare. Det kan underlätta anpassning av patientens arbetssituation. Det kan också göra att patienten snabbare kommer tillbaka till arbetet.',
  kontakt: 'Kontakt med arbetsgivaren',
  kontaktLabel:
    'Jag önskar att arbetsgivaren kontaktar vårdenheten. Patienten har lämnat samtycke för kontakt mellan arbetsgivare och vårdgivare.',
  kontaktVarfor: 'Ange varför du vill ha kontakt och vem som i första hand ska kontaktas samt kontaktuppgifter',
  /** Ours, not certificate-service's: the message of the check that backs the auto-fill of 100 from 27.1. */
  diagnosisShownWithSmittbararpenning: {
    sv: 'När förhållningsregler enligt smittskyddslagen har angetts kan diagnosen inte döljas för arbetsgivaren. Välj "Ja".',
    en: 'With rules of conduct under the Communicable Diseases Act the diagnosis cannot be hidden from the employer. Choose "Ja".',
  },
} as const;
