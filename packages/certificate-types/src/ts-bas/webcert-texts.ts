/**
 * Texts of ts-bas that are not in the text sets we hold (texterTS_TSTRK_1007_v6.8/v7.0.xml): the yes/no
 * labels of the radio questions, which Webcert hard-codes (`SVAR_JA_TEXT`/`SVAR_NEJ_TEXT` in
 * `ts_bas/v7/codes/RespConstantsV7.java`), and the label of v7's checkbox 8.1, which the published
 * revision of the v7.0 text set names `DFR_8.1.RBK` (sklintyg/refdata, `giltigFrom="2020-08-01"`).
 */
export const webcertTexts = {
  yes: 'Ja',
  no: 'Nej',
  synskarpaSkickasSeparat: 'Uppgifter om synskärpa skickas separat',
} as const;
