/**
 * The Swedish texts of import errors (RivError.text). Each names what is wrong and where, so the sender
 * can find it: the svar/delsvar id, the element path, or the offending value.
 */
import type { DelsvarType } from './svar.js';

/** Where a delsvar sits, e.g. "Delsvar '32.2' (svar '32', instans 2)". */
export function delsvarPlace(svarId: string, instance: number | undefined, delsvarId: string): string {
  return instance === undefined
    ? `Delsvar '${delsvarId}' (svar '${svarId}')`
    : `Delsvar '${delsvarId}' (svar '${svarId}', instans ${instance})`;
}

const shapeNames: Record<DelsvarType, string> = {
  text: 'en text',
  cv: 'en kod (cv)',
  datePeriod: 'en period (datePeriod)',
  partialDate: 'ett datum med valfri precision (partialDate)',
  pq: 'en storhet (pq)',
};

/** Shortens what the sender wrote before quoting it back. */
export function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return `'${oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine}'`;
}

export const messages = {
  // The message as a whole.
  tooLarge: (bytes: number, max: number) => `Meddelandet är för stort (${bytes} byte); högst ${max} byte tas emot.`,
  emptyMessage: 'Meddelandet är tomt.',
  notXml: (where: string) => `Meddelandet är inte välformad XML${where}.`,
  doctype: 'Meddelandet får inte innehålla DOCTYPE eller entitetsdeklarationer.',
  wrongRoot: (expected: string, name: string) =>
    `Meddelandet ska vara ett ${expected}-element eller ett SOAP-kuvert med ett sådant, men rotelementet är '${name}'.`,
  emptyBody: (expected: string) => `SOAP-kuvertets Body innehåller inget ${expected}-element.`,
  wrongBody: (expected: string, name: string) => `SOAP-kuvertets Body ska innehålla ${expected}, inte '${name}'.`,
  soapFault: (text: string) => `Meddelandet är ett SOAP-fel (Fault): ${text === '' ? '(utan text)' : text}`,

  // Header.
  missing: (path: string) => `Elementet '${path}' saknas.`,
  duplicate: (path: string) => `Elementet '${path}' förekommer mer än en gång.`,
  emptyElement: (path: string) => `Elementet '${path}' är tomt.`,
  notText: (path: string) => `Elementet '${path}' får bara innehålla text.`,
  unknownElement: (path: string, name: string) => `Okänt element '${name}' i '${path}'.`,
  notOneOf: (path: string, value: string, allowed: readonly string[]) =>
    `'${path}' ska vara något av ${allowed.join(', ')}, men är ${quote(value)}.`,
  timestamp: (path: string, value: string) =>
    `'${path}' ska vara en tidpunkt ÅÅÅÅ-MM-DDTtt:mm:ss, men är ${quote(value)}.`,
  personId: (value: string, path: string) => `'${path}/extension' ska vara 12 siffror, men är ${quote(value)}.`,
  personIdRoot: (value: string, path: string) =>
    `'${path}/root' ska vara personnummer (1.2.752.129.2.1.3.1) eller samordningsnummer (1.2.752.129.2.1.3.3), men är ${quote(value)}.`,

  // Choice of model.
  unknownType: (code: string, codeSystem: string) => `Okänd intygstyp ${quote(code)} (kodsystem ${quote(codeSystem)}).`,
  wrongTypeCodeSystem: (code: string, codeSystem: string, expected: readonly string[]) =>
    `Intygstypen ${quote(code)} ska ha kodsystem ${expected.map((c) => `'${c}'`).join(' eller ')}, inte ${quote(codeSystem)}.`,
  unknownVersion: (code: string, version: string, known: readonly string[]) =>
    `Okänd version ${quote(version)} av intygstypen '${code}'; kända versioner: ${known.join(', ')}.`,
  brokenModel: (code: string, version: string, problem: string) =>
    `Intygstypen '${code}' version '${version}' kan inte läsas på grund av ett fel i modellen: ${problem}`,

  // Svar and delsvar.
  unknownSvar: (id: string) => `Okänt svar-id ${quote(id)}.`,
  unknownDelsvar: (svarId: string, id: string) => `Okänt delsvar-id ${quote(id)} i svar '${svarId}'.`,
  duplicateSvar: (id: string) => `Svar '${id}' förekommer mer än en gång.`,
  duplicateDelsvar: (svarId: string, id: string) => `Delsvar '${id}' förekommer mer än en gång i svar '${svarId}'.`,
  missingId: (what: 'svar' | 'delsvar', svarId?: string) =>
    what === 'svar' ? 'Ett svar saknar attributet id.' : `Ett delsvar i svar '${svarId}' saknar attributet id.`,
  badInstance: (svarId: string, value: string) =>
    `Svar '${svarId}' har instans ${quote(value)}; instans ska vara ett positivt heltal.`,
  duplicateInstance: (svarId: string, instance: number) =>
    `Instans ${instance} av svar '${svarId}' förekommer mer än en gång.`,
  missingInstance: (svarId: string) => `Svar '${svarId}' förekommer flera gånger; varje förekomst ska ha en instans.`,
  missingInstanceCode: (svarId: string, instance: number | undefined, delsvarId: string) =>
    `Svar '${svarId}'${instance === undefined ? '' : ` instans ${instance}`} saknar delsvar '${delsvarId}'.`,
  wrongInstance: (place: string, svarId: string, optionCodes: readonly string[]) =>
    `${place} får bara finnas i den instans av svar '${svarId}' som har koden ${optionCodes.map((c) => `'${c}'`).join(' eller ')}.`,
  noDelsvar: (svarId: string) => `Svar '${svarId}' saknar delsvar.`,
  instanceOutOfRange: (svarId: string, instance: number, max: number) =>
    `Svar '${svarId}' har instans ${instance}; högst ${max} instanser tas emot.`,

  // Delsvar content.
  shape: (place: string, expected: DelsvarType, got: DelsvarType) =>
    `${place} ska vara ${shapeNames[expected]}, men är ${shapeNames[got]}.`,
  unknownContent: (place: string, name: string) =>
    `${place} innehåller elementet '${name}', som inte är text, cv, datePeriod, partialDate eller pq.`,
  mixedContent: (place: string) => `${place} blandar text med element.`,
  manyChildren: (place: string) => `${place} innehåller mer än ett element.`,
  missingPart: (place: string, part: string) => `${place} saknar '${part}'.`,
  partNotText: (place: string, part: string) => `${place}: '${part}' får bara innehålla text.`,
  boolean: (place: string, value: string) => `${place} ska vara true eller false, men är ${quote(value)}.`,
  integer: (place: string, value: string) => `${place} ska vara ett heltal, men är ${quote(value)}.`,
  quantityUnit: (place: string, unit: string, expected: string) =>
    `${place} har enheten ${quote(unit)}; enheten ska vara '${expected}'.`,
  decimal: (place: string, value: string) => `${place} ska vara ett decimaltal som 0.5, men är ${quote(value)}.`,
  date: (place: string, value: string) => `${place} ska vara ett datum ÅÅÅÅ-MM-DD, men är ${quote(value)}.`,
  year: (place: string, value: string) => `${place} ska vara ett årtal ÅÅÅÅ, men är ${quote(value)}.`,
  partialDate: (place: string, format: string, value: string) =>
    `${place} har ett ogiltigt datum med format ${quote(format)} och värde ${quote(value)}.`,
  partialDateFormat: (place: string, format: string, allowed: readonly string[]) =>
    `${place} har formatet ${quote(format)}; tillåtet är ${allowed.join(', ')}.`,
  unknownCode: (place: string, code: string, codeSystem: string, known: readonly string[]) =>
    `${place}: koden ${quote(code)} (kodsystem ${quote(codeSystem)}) är inte ett av alternativen ${known.join(', ')}.`,
  wrongCodeSystem: (place: string, code: string, codeSystem: string, expected: string) =>
    `${place}: koden '${code}' ska ha kodsystem '${expected}', inte ${quote(codeSystem)}.`,
  unknownDiagnosisCodeSystem: (place: string, codeSystem: string, known: readonly string[]) =>
    `${place}: diagnoskodsystemet ${quote(codeSystem)} är okänt; kända: ${known.join(', ')}.`,

  // Messages between care and recipients (SendMessageToCare, SendMessageToRecipient).
  reminderWithoutOriginal: "En påminnelse (PAMINN) ska ange 'paminnelseMeddelande-id', meddelandet den påminner om.",
  originalWithoutReminder: "'paminnelseMeddelande-id' får bara anges i en påminnelse (PAMINN).",
  answerWithoutQuestion: "Ett svar (SVAR) ska ange 'svarPa', meddelandet det svarar på.",
  answerWithLastDate: "Ett svar ('svarPa') får inte ange 'sistaDatumForSvar'.",
  complementWithoutKomplt: "'komplettering' får bara anges när ämnet är komplettering (KOMPLT).",
  positiveInteger: (path: string, value: string) => `'${path}' ska vara ett positivt heltal, men är ${quote(value)}.`,
  questionId: (path: string, value: string) => `'${path}' ska vara ett fråge-id av siffror, men är ${quote(value)}.`,

  internal: 'Meddelandet kunde inte tolkas på grund av ett internt fel.',
};
