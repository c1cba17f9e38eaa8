import { describe, expect, it } from 'vitest';
import { checkModel } from '../model/check.js';
import type { CertificateStatus } from '../lifecycle/certificate.js';
import type { CertificateModel } from '../model/certificate-model.js';
import { compileModel } from '../model/compile.js';
import { exchangesMessages } from '../model/message-exchange.js';
import { transportQuestions } from '../model/transport-questions.js';
import type { Message } from './message.js';
import { isOpenComplementRequest } from './message.js';
import { handlingEventType } from './message-events.js';
import { messageRefusals, type MessageActionId } from './message-actions.js';
import { messageThreads } from './threads.js';

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

function message(overrides: Partial<Message>): Message {
  return {
    id: 'm',
    certificateId: 'c',
    unitId: 'u',
    careProviderId: 'cp',
    direction: 'fromRecipient',
    subject: 'KONTKT',
    heading: 'Kontakt',
    text: 'Ring oss.',
    transportId: 't',
    referenceId: null,
    reminderOf: null,
    inReplyTo: null,
    complementQuestions: [],
    lastReplyDate: null,
    sentAt: at(0),
    sentBy: { id: 'FKASSA', name: 'Försäkringskassan', contactInfo: [] },
    sendState: null,
    answeredAt: null,
    handledAt: null,
    handledBy: null,
    complementedBy: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

describe('threads', () => {
  it('groups each question with its answer and reminders, the newest question first', () => {
    const komplt = message({ id: 'k', subject: 'KOMPLT', createdAt: at(1) });
    const reminder = message({ id: 'p', subject: 'PAMINN', reminderOf: 'k', createdAt: at(5) });
    const question = message({ id: 'q', direction: 'fromCare', subject: 'AVSTMN', createdAt: at(2) });
    const answer = message({ id: 'a', subject: 'SVAR', inReplyTo: 'q', createdAt: at(3) });
    const orphan = message({ id: 'x', subject: 'SVAR', inReplyTo: 'gone', createdAt: at(4) });
    expect(messageThreads([komplt, reminder, question, answer, orphan])).toEqual([
      { question, answer, reminders: [] },
      { question: komplt, answer: null, reminders: [reminder] },
    ]);
  });
});

describe('what a message allows', () => {
  const codes = (action: MessageActionId, m: Message, status?: CertificateStatus) =>
    messageRefusals(action, m, status).map((r) => r.code);

  it('answers only an open question from the recipient that is no request for complement', () => {
    expect(codes('answer', message({}))).toEqual([]);
    expect(codes('answer', message({ subject: 'PAMINN', reminderOf: 'k' }))).toEqual(['reminder']);
    expect(codes('answer', message({ subject: 'SVAR' }))).toEqual(['notAQuestion']);
    expect(codes('answer', message({ subject: 'KOMPLT' }))).toEqual(['complementRequest']);
    expect(codes('answer', message({ direction: 'fromCare' }))).toEqual(['ownQuestion']);
    expect(codes('answer', message({ answeredAt: at(1) }))).toEqual(['alreadyAnswered']);
    expect(codes('answer', message({ handledAt: at(1) }))).toEqual(['handled']);
  });

  it('complements, or cannot, only an open request for complement', () => {
    const komplt = message({ subject: 'KOMPLT' });
    for (const action of ['complement', 'cannotComplement'] as const) {
      expect(codes(action, komplt)).toEqual([]);
      expect(codes(action, message({}))).toEqual(['notComplementRequest']);
      expect(codes(action, { ...komplt, answeredAt: at(1) })).toEqual(['alreadyAnswered']);
      expect(codes(action, { ...komplt, handledAt: at(1) })).toEqual(['handled']);
    }
    expect(isOpenComplementRequest(komplt)).toBe(true);
    expect(isOpenComplementRequest({ ...komplt, handledAt: at(1) })).toBe(false);
  });

  it('handles questions only, and reopens none that a complement closed', () => {
    expect(codes('markHandled', message({}))).toEqual([]);
    expect(codes('markHandled', message({ handledAt: at(1) }))).toEqual(['alreadyHandled']);
    expect(codes('markHandled', message({ subject: 'PAMINN' }))).toEqual(['notAQuestion']);
    expect(codes('markUnhandled', message({}))).toEqual(['notHandled']);
    expect(codes('markUnhandled', message({ handledAt: at(1) }))).toEqual([]);
    expect(codes('markUnhandled', message({ subject: 'KOMPLT', handledAt: at(1), complementedBy: 'c2' }))).toEqual([
      'complemented',
    ]);
    expect(codes('markUnhandled', message({ handledAt: at(1) }), 'revoked')).toEqual(['certificateRevoked']);
  });

  it('names the event of handling by the direction of the question', () => {
    expect(handlingEventType('fromRecipient', true)).toBe('recipientQuestionHandled');
    expect(handlingEventType('fromCare', false)).toBe('careQuestionReopened');
  });
});

describe('the model declaration', () => {
  const model: CertificateModel = {
    type: 't',
    version: '1.0',
    typeCode: 'T',
    name: 'T',
    description: 'T',
    recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
    activeFrom: '2020-01-01',
    transport: { typeCodeSystem: 'x', versions: ['1.0'] },
    elements: [
      {
        id: 'KAT_1',
        kind: 'category',
        label: 'Kategori',
        children: [
          { id: '1', kind: 'textArea', fieldId: '1.1', label: 'Fråga ett' },
          { id: '1.2', kind: 'textField', fieldId: '1.2', label: 'Fråga ett, del två' },
          { id: '2', kind: 'checkboxBoolean', fieldId: '2.1', label: 'Fråga två' },
        ],
      },
    ],
    messages: { questionSubjects: ['AVSTMN', 'KONTKT', 'OVRIGT'] },
  };

  it('says which models exchange messages, and checks what they declare', () => {
    expect(exchangesMessages(model)).toBe(true);
    expect(exchangesMessages({})).toBe(false);
    expect(checkModel(model)).toEqual([]);
    const problems = checkModel({
      ...model,
      recipient: null,
      messages: { questionSubjects: ['KOMPLT' as never, 'KONTKT', 'KONTKT'] },
    }).map((problem) => problem.message);
    expect(problems).toEqual([
      'The model exchanges messages but has no recipient',
      "Care cannot ask about 'KOMPLT'",
      'messages.questionSubjects names a subject twice',
    ]);
  });

  it('lists the questions a request for complement can name, by svar id in form order', () => {
    expect(transportQuestions(compileModel(model))).toEqual([
      { questionId: '1', elementId: '1', label: 'Fråga ett' },
      { questionId: '2', elementId: '2', label: 'Fråga två' },
    ]);
  });
});
