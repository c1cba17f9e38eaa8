/** SendMessageToRecipient v2: the builder's output satisfies the XSD and reads back; what is wrong is named. */
import { describe, expect, test } from 'vitest';
import { parseSendMessageToRecipient, sendMessageToRecipientXml, type RivMessageToRecipient } from '../index.js';
import { errorTexts, messageToRecipient } from '../test-support/messages.js';
import { SEND_MESSAGE_TO_RECIPIENT_XSD, validateAgainstSchema } from '../test-support/xmllint.js';

const question: RivMessageToRecipient = {
  ...messageToRecipient,
  messageId: 'care-0003',
  subject: 'AVSTMN',
  inReplyTo: undefined,
  lastReplyDate: '2024-04-02',
};
delete (question as { inReplyTo?: unknown }).inReplyTo;
const xml = sendMessageToRecipientXml(messageToRecipient);

const errorsOf = (message: unknown) => errorTexts(parseSendMessageToRecipient(message));

describe('SendMessageToRecipient', () => {
  test.each([
    ['an answer', messageToRecipient],
    ['a question with a last reply date', question],
  ])('%s satisfies the XSD and reads back unchanged', (_name, message) => {
    const built = sendMessageToRecipientXml(message);
    const schema = validateAgainstSchema(built, SEND_MESSAGE_TO_RECIPIENT_XSD);
    expect(schema.valid, schema.output).toBe(true);
    expect(parseSendMessageToRecipient(built)).toEqual({ ok: true, value: message });
  });

  test.each([
    [
      'an answer without what it answers',
      [/<ns2:svarPa>[\s\S]*?<\/ns2:svarPa>/, ''],
      ["Ett svar (SVAR) ska ange 'svarPa', meddelandet det svarar på."],
    ],
    [
      'a reference without a message id',
      ['<meddelande-id>fk-0000</meddelande-id>', ''],
      ["Elementet 'SendMessageToRecipient/svarPa/meddelande-id' saknas."],
    ],
    [
      'complements, which only SendMessageToCare has',
      ['<ns2:skickatAv>', '<ns2:komplettering/><ns2:skickatAv>'],
      ["Okänt element 'komplettering' i 'SendMessageToRecipient'."],
    ],
    [
      'a sender without a unit',
      [/<enhet>[\s\S]*<\/enhet>/, ''],
      ["Elementet 'SendMessageToRecipient/skickatAv/enhet' saknas."],
    ],
    [
      'no logical address',
      ['<ns2:logiskAdressMottagare>FKASSA</ns2:logiskAdressMottagare>', ''],
      ["Elementet 'SendMessageToRecipient/logiskAdressMottagare' saknas."],
    ],
  ] as const)('%s is refused with a Swedish text', (_name, [from, to], expected) => {
    expect(errorsOf(xml.replace(from, to))).toEqual(expected);
  });

  test('the builder refuses a question with a reminder id (a caller bug)', () => {
    expect(() => sendMessageToRecipientXml({ ...question, reminderOf: 'x' })).toThrow(RangeError);
  });
});
