/**
 * The status events an EHR is told about (domain.md §4.1 item 3): Webcert's event codes (`HandelsekodEnum`)
 * with their Swedish texts, and which certificate event gives which code, as data. A certificate event
 * that is not in the table notifies no one.
 */
export const STATUS_CODES = {
  SKAPAT: 'Intygsutkast skapas',
  ANDRAT: 'Intygsutkast ändrat',
  KFSIGN: 'Intygsutkast klart för signering',
  SIGNAT: 'Intyg signerat',
  SKICKA: 'Intyg skickat till mottagare',
  RADERA: 'Intygsutkast raderat',
  MAKULE: 'Intyg eller intygsutkast makulerat',
  NYFRFM: 'Ny fråga från mottagare',
  NYSVFM: 'Nytt svar från mottagare',
  NYFRFV: 'Ny fråga från vården',
  HANFRFV: 'Hanterad fråga från vården',
  HANFRFM: 'Hanterad fråga från mottagare',
} as const;

export type StatusCode = keyof typeof STATUS_CODES;

export const STATUS_CODE_LIST = Object.keys(STATUS_CODES) as StatusCode[];

export function isStatusCode(value: string): value is StatusCode {
  return Object.hasOwn(STATUS_CODES, value);
}

/**
 * Certificate event type → status code. Every autosave of a draft is a change (`updated`, or `completed` /
 * `uncompleted` when it turns the draft complete or incomplete), as Webcert sends ANDRAT on every save.
 * Sending is notified when the recipient acknowledged it (`sent`), not when it was asked for. A message event's
 * notification also carries the message's subject (`payload.subject`, e.g. KOMPLT).
 */
export const STATUS_CODE_OF_EVENT: Readonly<Record<string, StatusCode>> = {
  created: 'SKAPAT',
  updated: 'ANDRAT',
  completed: 'ANDRAT',
  uncompleted: 'ANDRAT',
  readyForSign: 'KFSIGN',
  signed: 'SIGNAT',
  sent: 'SKICKA',
  deleted: 'RADERA',
  revoked: 'MAKULE',
  // Messages (core/messages/message-events.ts); care's answers and reopened questions have no code.
  recipientQuestionReceived: 'NYFRFM',
  recipientAnswerReceived: 'NYSVFM',
  careQuestionSent: 'NYFRFV',
  careQuestionHandled: 'HANFRFV',
  recipientQuestionHandled: 'HANFRFM',
};

/** The status code a certificate event is notified with; undefined when it is not notified. */
export function statusCodeOf(eventType: string): StatusCode | undefined {
  return Object.hasOwn(STATUS_CODE_OF_EVENT, eventType) ? STATUS_CODE_OF_EVENT[eventType] : undefined;
}
