/** Messages between care and recipients for the interactions' tests: test persons and units only. */
import type { RivParsed } from '../interactions/contract-document.js';
import type { RivRevocation } from '../interactions/revoke-certificate.js';
import type { RivMessageToCare } from '../interactions/send-message-to-care.js';
import type { RivMessageToRecipient } from '../interactions/send-message-to-recipient.js';
import { TEST_PROFESSIONAL, TEST_UNIT } from './certificates.js';

const CERTIFICATE = {
  certificateId: '9f02dd2f-f57c-4a73-8190-2fe602cd6e27',
  certificateUnitId: TEST_UNIT.unitId,
  patientPersonId: '191212121212',
};

export const revocation: RivRevocation = {
  ...CERTIFICATE,
  revokedAt: '2024-03-18T09:30:00',
  revokedBy: TEST_PROFESSIONAL,
  reason: 'Intyget har utfärdats på fel patient.',
};

/** A request for complement with every optional field. */
export const messageToCare: RivMessageToCare = {
  ...CERTIFICATE,
  messageId: 'fk-0001',
  referenceId: 'FK-REF-17',
  sentAt: '2024-03-20T14:05:09',
  logicalAddress: TEST_UNIT.unitId,
  subject: 'KOMPLT',
  heading: 'Komplettering av läkarintyg',
  text: 'Vi behöver mer underlag.\nSe frågorna nedan & svara <snart>.',
  sentBy: { party: 'FKASSA', partyName: 'Försäkringskassan', contactInfo: ['Handläggare Anna', '0771-524 524'] },
  complements: [
    { questionId: '1', text: 'Ange när undersökningen gjordes.' },
    { questionId: '35', instance: 2, text: 'Beskriv funktionsnedsättningen närmare.' },
  ],
  lastReplyDate: '2024-04-10',
};

/** An answer from care to a question of the recipient. */
export const messageToRecipient: RivMessageToRecipient = {
  ...CERTIFICATE,
  messageId: 'care-0002',
  referenceId: 'vård-ref',
  sentAt: '2024-03-21T08:00:00',
  logicalAddress: 'FKASSA',
  subject: 'SVAR',
  heading: 'Svar på kontaktfråga',
  text: 'Patienten kan nås på dagtid.',
  inReplyTo: { messageId: 'fk-0000', referenceId: 'FK-REF-16' },
  sentBy: TEST_PROFESSIONAL,
};

/** The Swedish error texts of a parse, none when it succeeded. */
export function errorTexts(parsed: RivParsed<unknown>): string[] {
  return parsed.ok ? [] : parsed.errors.map((error) => error.text);
}
