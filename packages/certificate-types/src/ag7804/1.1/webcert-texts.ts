/**
 * Texts of AG7804 v1 that are not in the official text file: the yes/no labels of question 100, which
 * the legacy React question (`QuestionDiagnosOnskasFormedlas`, RespConstants ANSWER_YES/ANSWER_NO) supplies.
 */
export const webcertTexts = {
  yes: 'Ja',
  no: 'Nej',
} as const;
