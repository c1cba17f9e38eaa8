/**
 * Texts of AG1-14 v1 that are not in the official text file: the yes/no labels of questions 3 and 6 and the
 * unit of 7.1, as the legacy React questions supply them (`$COAG114/v1/model/converter/RespConstants.java`
 * ANSWER_YES/ANSWER_NO, SJUKSKRIVNINGSGRAD_UNIT_OF_MEASURE).
 */
export const webcertTexts = {
  yes: 'Ja',
  no: 'Nej',
  percent: '%',
} as const;
