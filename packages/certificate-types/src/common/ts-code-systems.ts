/**
 * Transportstyrelsen's code systems, shared by ts-bas and ts-diabetes (domain.md §1.9, §1.10). The
 * identifiers are the `codeSystem` values of the transport format, as `sklintyg/common`'s
 * `support/Constants.java` names them and the samples use them (ts-bas__1.7.xml, ts-diabetes__1.4.xml).
 *
 * Labels are not here: each text set names the same code differently (ts-bas 7.0 labels VAR1 with
 * `KORKORT.C1.RBK`, ts-diabetes 4.0 with `KV_KORKORTSBEHORIGHET.VAR1.RBK`), so each model labels its options.
 */

/** KV_INTYGET_AVSER: what a ts-bas certificate is for (IAV1–IAV10). */
export const KV_INTYGET_AVSER = '24c41b8d-258a-46bf-a08a-b90738b28770';
/** KV_KORKORTSBEHORIGHET: driving licence categories (VAR1–VAR18). */
export const KV_KORKORTSBEHORIGHET = 'e889fa20-1dee-4f79-8b37-03853e75a9f8';
/** KV_ID_KONTROLL: how the patient's identity was established (IDK1–IDK6). */
export const KV_ID_KONTROLL = 'e7cc8f30-a353-4c42-b17a-a189b6876647';
/** KV_VARDNIVA: the level of care following the patient (VN1 primärvård, VN2 specialistvård). */
export const KV_VARDNIVA = '1.2.752.129.5.1.28';
/**
 * ICD-10-SE as the TS certificates name it for the diabetes type (`Diagnoskodverk.ICD_10_SE` in
 * `sklintyg/common`, the OID ts-bas__1.7.xml uses in svar 18).
 */
export const ICD_10_SE_TS = '1.2.752.116.1.1.1.1.3';

/** KV_INTYGET_AVSER codes and the licence each stands for (ts-bas labels them `KORKORT.<licence>.RBK`). */
export const INTYGET_AVSER = [
  { code: 'IAV1', licence: 'C1' },
  { code: 'IAV2', licence: 'C1E' },
  { code: 'IAV3', licence: 'C' },
  { code: 'IAV4', licence: 'CE' },
  { code: 'IAV5', licence: 'D1' },
  { code: 'IAV6', licence: 'D1E' },
  { code: 'IAV7', licence: 'D' },
  { code: 'IAV8', licence: 'DE' },
  { code: 'IAV9', licence: 'TAXI' },
  { code: 'IAV10', licence: 'ANNAT' },
] as const;

/**
 * Passenger transport (D1, D1E, D, DE, Taxi): the codes for which ts-bas asks questions 11 and 13
 * (Webcert's "persontransport" context).
 */
export const PERSONTRANSPORT_IAV_CODES = ['IAV5', 'IAV6', 'IAV7', 'IAV8', 'IAV9'] as const;

/** KV_KORKORTSBEHORIGHET codes and the licence each stands for (ts-bas labels them `KORKORT.<licence>.RBK`). */
export const KORKORTSBEHORIGHET = [
  { code: 'VAR1', licence: 'C1' },
  { code: 'VAR2', licence: 'C1E' },
  { code: 'VAR3', licence: 'C' },
  { code: 'VAR4', licence: 'CE' },
  { code: 'VAR5', licence: 'D1' },
  { code: 'VAR6', licence: 'D1E' },
  { code: 'VAR7', licence: 'D' },
  { code: 'VAR8', licence: 'DE' },
  { code: 'VAR9', licence: 'TAXI' },
  { code: 'VAR10', licence: 'ANNAT' },
  { code: 'VAR11', licence: 'KAN_INTE_TA_STALLNING' },
  { code: 'VAR12', licence: 'AM' },
  { code: 'VAR13', licence: 'A1' },
  { code: 'VAR14', licence: 'A2' },
  { code: 'VAR15', licence: 'A' },
  { code: 'VAR16', licence: 'B' },
  { code: 'VAR17', licence: 'BE' },
  { code: 'VAR18', licence: 'TRAKTOR' },
] as const;

/** Group II and III licences (C1 … DE) and Taxi: the "higher" licences of ts-diabetes' rules. */
export const HIGHER_LICENCE_CODES = ['VAR1', 'VAR2', 'VAR3', 'VAR4', 'VAR5', 'VAR6', 'VAR7', 'VAR8', 'VAR9'] as const;

/** Group I licences and tractor (AM … BE, Traktor), as ts-diabetes lists them before the higher ones. */
export const LOWER_LICENCE_CODES = ['VAR12', 'VAR13', 'VAR14', 'VAR15', 'VAR16', 'VAR17', 'VAR18'] as const;

/** "Kan inte ta ställning": excludes every other licence in a Bedömning. */
export const KAN_INTE_TA_STALLNING = 'VAR11';

/** KV_ID_KONTROLL codes. */
export const ID_KONTROLL_CODES = ['IDK1', 'IDK2', 'IDK3', 'IDK4', 'IDK5', 'IDK6'] as const;

/** KV_VARDNIVA codes. */
export const VARDNIVA_CODES = ['VN1', 'VN2'] as const;
