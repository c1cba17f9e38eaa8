/** SendMessageToCare v2: what the builder writes satisfies the XSD and reads back; what is wrong is named. */
import { describe, expect, test } from 'vitest';
import { MAX_MESSAGE_BYTES, parseSendMessageToCare, sendMessageToCareXml, type RivMessageToCare } from '../index.js';
import { NS_SOAP12 } from '../namespaces.js';
import { errorTexts, messageToCare } from '../test-support/messages.js';
import { SEND_MESSAGE_TO_CARE_XSD, validateAgainstSchema } from '../test-support/xmllint.js';

const minimal: RivMessageToCare = {
  messageId: 'fk-0003',
  sentAt: '2024-03-20T14:05:09',
  certificateId: 'c-1',
  certificateUnitId: 'TSTNMT2321000156-1077',
  patientPersonId: '197010632391',
  logicalAddress: 'TSTNMT2321000156-1077',
  subject: 'KONTKT',
  text: 'Ring oss.',
  sentBy: { party: 'FKASSA', contactInfo: [] },
  complements: [],
};
const reminder: RivMessageToCare = { ...minimal, messageId: 'fk-0004', subject: 'PAMINN', reminderOf: 'fk-0001' };
const answer: RivMessageToCare = { ...minimal, subject: 'SVAR', inReplyTo: { messageId: 'care-9' } };
const xml = sendMessageToCareXml(messageToCare);

const errorsOf = (message: unknown) => errorTexts(parseSendMessageToCare(message));

describe('SendMessageToCare', () => {
  test.each([
    ['a request for complement with every field', messageToCare],
    ['a minimal question (coordination number, no optional fields)', minimal],
    ['a reminder', reminder],
    ['an answer', answer],
  ])('%s satisfies the XSD and reads back unchanged', (_name, message) => {
    const built = sendMessageToCareXml(message);
    const schema = validateAgainstSchema(built, SEND_MESSAGE_TO_CARE_XSD);
    expect(schema.valid, schema.output).toBe(true);
    expect(parseSendMessageToCare(built)).toEqual({ ok: true, value: message });
  });

  test('reads the element inside a SOAP 1.2 envelope, by namespace whatever the prefixes', () => {
    const body = xml
      .replace(/^<\?xml[^>]*>\n/, '')
      .replaceAll('ns2:', 'fk:')
      .replace('xmlns:ns2=', 'xmlns:fk=');
    const envelope = `<e:Envelope xmlns:e="${NS_SOAP12}"><e:Header/><e:Body>${body}</e:Body></e:Envelope>`;
    expect(parseSendMessageToCare(envelope)).toEqual({ ok: true, value: messageToCare });
  });

  test.each([
    [
      'no meddelande-id',
      ['<ns2:meddelande-id>fk-0001</ns2:meddelande-id>', ''],
      ["Elementet 'SendMessageToCare/meddelande-id' saknas."],
    ],
    ['an empty meddelande-id', ['>fk-0001<', '><'], ["Elementet 'SendMessageToCare/meddelande-id' är tomt."]],
    [
      'an unknown subject',
      ['<ns3:code>KOMPLT</ns3:code>', '<ns3:code>FRAGA</ns3:code>'],
      ["'SendMessageToCare/amne/code' ska vara något av KOMPLT, PAMINN, KONTKT, OVRIGT, AVSTMN, SVAR, men är 'FRAGA'."],
    ],
    [
      'the subject in another code system',
      ['ffa59d8f-8d7e-46ae-ac9e-31804e8e8499', '1.2.3'],
      ["'SendMessageToCare/amne/codeSystem' ska vara något av ffa59d8f-8d7e-46ae-ac9e-31804e8e8499, men är '1.2.3'."],
    ],
    [
      'complements with another subject',
      ['<ns3:code>KOMPLT</ns3:code>', '<ns3:code>OVRIGT</ns3:code>'],
      ["'komplettering' får bara anges när ämnet är komplettering (KOMPLT)."],
    ],
    [
      'a reminder without the message it reminds of',
      ['<ns3:code>KOMPLT</ns3:code>', '<ns3:code>PAMINN</ns3:code>'],
      [
        "En påminnelse (PAMINN) ska ange 'paminnelseMeddelande-id', meddelandet den påminner om.",
        "'komplettering' får bara anges när ämnet är komplettering (KOMPLT).",
      ],
    ],
    [
      'a question id that is no number',
      ['<ns2:frage-id>35</ns2:frage-id>', '<ns2:frage-id>35a</ns2:frage-id>'],
      ["'SendMessageToCare/komplettering[2]/frage-id' ska vara ett fråge-id av siffror, men är '35a'."],
    ],
    [
      'instance 0',
      ['<ns2:instans>2</ns2:instans>', '<ns2:instans>0</ns2:instans>'],
      ["'SendMessageToCare/komplettering[2]/instans' ska vara ett positivt heltal, men är '0'."],
    ],
    [
      'a personal identity number with a dash',
      ['<ns3:extension>191212121212</ns3:extension>', '<ns3:extension>19121212-1212</ns3:extension>'],
      ["'SendMessageToCare/patientPerson-id/extension' ska vara 12 siffror, men är '19121212-1212'."],
    ],
    [
      'a time without seconds',
      ['2024-03-20T14:05:09', '2024-03-20T14:05'],
      ["'SendMessageToCare/skickatTidpunkt' ska vara en tidpunkt ÅÅÅÅ-MM-DDTtt:mm:ss, men är '2024-03-20T14:05'."],
    ],
    [
      'a last reply date that does not exist',
      ['2024-04-10', '2024-02-30'],
      ["'SendMessageToCare/sistaDatumForSvar' ska vara ett datum ÅÅÅÅ-MM-DD, men är '2024-02-30'."],
    ],
    ['no sender', [/<ns2:skickatAv>[\s\S]*<\/ns2:skickatAv>/, ''], ["Elementet 'SendMessageToCare/skickatAv' saknas."]],
    [
      'an unknown element of ours',
      ['<ns2:rubrik>', '<ns2:bilaga>x</ns2:bilaga><ns2:rubrik>'],
      ["Okänt element 'bilaga' i 'SendMessageToCare'."],
    ],
  ] as const)('%s is refused with a Swedish text', (_name, [from, to], expected) => {
    expect(errorsOf(xml.replace(from, to))).toEqual(expected);
  });

  test('extension elements in another namespace are allowed', () => {
    const extended = xml.replace('<ns2:rubrik>', '<x:spår xmlns:x="urn:example">1</x:spår><ns2:rubrik>');
    expect(parseSendMessageToCare(extended).ok).toBe(true);
  });

  test.each([
    [
      'a DOCTYPE',
      xml.replace('?>', '?><!DOCTYPE x [<!ENTITY e "e">]>'),
      'Meddelandet får inte innehålla DOCTYPE eller entitetsdeklarationer.',
    ],
    ['an empty body', '', 'Meddelandet är tomt.'],
    ['no string at all', 42, 'Meddelandet är tomt.'],
    ['text that is no XML', 'hej', 'Meddelandet är inte välformad XML.'],
    [
      'another contract',
      '<RevokeCertificate xmlns="urn:riv:clinicalprocess:healthcond:certificate:RevokeCertificateResponder:2"/>',
      "Meddelandet ska vara ett SendMessageToCare-element eller ett SOAP-kuvert med ett sådant, men rotelementet är '{urn:riv:clinicalprocess:healthcond:certificate:RevokeCertificateResponder:2}RevokeCertificate'.",
    ],
  ])('%s is refused', (_name, message, expected) => {
    expect(errorsOf(message)).toEqual([expected]);
  });

  test('an oversized message is refused before it is parsed', () => {
    const big = xml.replace('<ns2:rubrik>', `<ns2:rubrik>${'å'.repeat(MAX_MESSAGE_BYTES / 2)}`);
    expect(errorsOf(big)[0]).toMatch(/^Meddelandet är för stort \(\d+ byte\); högst 2097152 byte tas emot\.$/);
  });

  test.each([
    ['a time without seconds', { ...minimal, sentAt: '2024-03-20T14:05' }],
    ['a person id with a dash', { ...minimal, patientPersonId: '19121212-1212' }],
    ['a reminder without its original', { ...minimal, subject: 'PAMINN' }],
    ['an answer with a last reply date', { ...answer, lastReplyDate: '2024-04-01' }],
    ['complements with another subject', { ...minimal, complements: [{ questionId: '1', text: 'x' }] }],
    ['a question id that is no number', { ...messageToCare, complements: [{ questionId: '1.1', text: 'x' }] }],
    ['an unknown subject', { ...minimal, subject: 'FRAGA' as never }],
  ])('the builder refuses %s (a caller bug) with a RangeError', (_name, message) => {
    expect(() => sendMessageToCareXml(message as RivMessageToCare)).toThrow(RangeError);
  });
});
