/**
 * Texts of LISJP v1 that are not in Försäkringskassan's text file: Webcert's own additions (the two
 * "motivering" fields, which Webcert moves into "Övriga upplysningar" at signing) and the yes/no labels
 * of a radio question. Quoted from the legacy React question classes in `sklintyg/common`
 * (`$LISJP/model/converter/certificate/question/QuestionMotivering*.java`) and domain.md §1.3.a.
 */
export const webcertTexts = {
  motiveringEjUndersokning:
    'Motivering till varför det medicinska underlaget inte baseras på en undersökning av patienten',
  motiveringTidigtStartdatum: 'Ange orsak för att starta perioden mer än 7 dagar bakåt i tiden.',
  /** The legacy text joins its sentences without a space and breaks with `</br></br>`; both are fixed here. */
  motiveringTidigtStartdatumHelp:
    'Observera att detta inte är en fråga från Försäkringskassan. Information om varför sjukskrivningen startar mer än en vecka före dagens datum kan vara till hjälp för Försäkringskassan i deras handläggning.\n\nInformationen du anger nedan, kommer att överföras till fältet "Övriga upplysningar" vid signering.',
  yes: 'Ja',
  no: 'Nej',
} as const;
