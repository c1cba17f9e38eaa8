import { randomUUID } from 'node:crypto';
import type { Certificate, Message } from '@intyg/core';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { makeAuditRecord, makeCertificate, makeEvent, signed, uniqueUnitId } from './test-support/fixtures.js';
import type { AccessScope } from './types.js';

const T0 = '2024-03-01T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

forEachDialect('store: messages between care and the recipient', (t) => {
  const scopeOf = (certificate: Certificate): AccessScope => ({ unitIds: [certificate.unit.unitId] });
  const events = async (certificate: Certificate) =>
    (await t.store.listEvents(certificate.id, scopeOf(certificate))).map((event) => event.type);

  /** A signed certificate delivered to Försäkringskassan, at a unit of its own. */
  async function sentCertificate(overrides: Partial<Certificate> = {}): Promise<Certificate> {
    const certificate: Certificate = {
      ...signed(makeCertificate({ unit: { ...makeCertificate().unit, unitId: uniqueUnitId() }, ...overrides }), T0),
      status: 'sent',
      sending: { recipientId: 'FKASSA', requestedAt: T0, requestedBy: 'user-ajla', state: 'delivered' },
    };
    await t.store.insertCertificate(certificate, makeEvent('signed'));
    return certificate;
  }

  function message(certificate: Certificate, overrides: Partial<Message> = {}): Message {
    return {
      id: randomUUID(),
      certificateId: certificate.id,
      unitId: certificate.unit.unitId,
      careProviderId: certificate.unit.careProviderId,
      direction: 'fromRecipient',
      subject: 'KONTKT',
      heading: 'Kontakt önskas',
      text: 'Ring handläggaren på 010-111 11 11. Ärligt talt: "snart".',
      transportId: randomUUID(),
      referenceId: null,
      reminderOf: null,
      inReplyTo: null,
      complementQuestions: [],
      lastReplyDate: null,
      sentAt: T0,
      sentBy: { id: 'FKASSA', name: 'Försäkringskassan', contactInfo: ['Handläggare Åsa'] },
      sendState: null,
      answeredAt: null,
      handledAt: null,
      handledBy: null,
      complementedBy: null,
      createdAt: T0,
      updatedAt: T0,
      ...overrides,
    };
  }

  function fromCare(certificate: Certificate, overrides: Partial<Message> = {}): Message {
    return message(certificate, {
      direction: 'fromCare',
      subject: 'AVSTMN',
      sentAt: null,
      sentBy: { id: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor', contactInfo: [] },
      sendState: 'pending',
      ...overrides,
    });
  }

  const sendOf = (certificate: Certificate, m: Message, eventTypes = ['careQuestionSent']) =>
    t.store.messages.send({
      message: m,
      actorId: 'user-ajla',
      delivery: {
        kind: 'messageToRecipient',
        target: 'FKASSA',
        certificateId: certificate.id,
        payload: { messageId: m.id },
        createdAt: m.createdAt,
      },
      events: eventTypes.map((type) => makeEvent(type, { payload: { messageId: m.id } })),
      audit: makeAuditRecord({ certificateId: certificate.id, activity: 'create' }),
    });

  it('receives a message once, with its event, and finds it by its meddelande-id', async () => {
    const certificate = await sentCertificate();
    const received = message(certificate, {
      subject: 'KOMPLT',
      complementQuestions: [
        { questionId: '1', text: 'Förtydliga grunden.' },
        { questionId: '35', instance: 2, text: 'Åäö "citat".' },
      ],
      lastReplyDate: '2024-03-20',
    });
    expect(await t.store.messages.receive(received, makeEvent('recipientQuestionReceived'))).toBe('inserted');
    const again = { ...received, id: randomUUID() };
    expect(await t.store.messages.receive(again, makeEvent('recipientQuestionReceived'))).toBe('duplicate');

    expect(await t.store.messages.listForCertificate(certificate.id, scopeOf(certificate))).toEqual([received]);
    expect(await t.store.messages.findByTransportId('fromRecipient', received.transportId)).toEqual(received);
    expect(await t.store.messages.findByTransportId('fromCare', received.transportId)).toBeUndefined();
    expect(await t.store.messages.get(received.id, scopeOf(certificate))).toEqual(received);
    expect(await t.store.messages.get(received.id, { unitIds: [uniqueUnitId()] })).toBeUndefined();
    expect(await t.store.messages.listForCertificate(certificate.id, { unitIds: [uniqueUnitId()] })).toEqual([]);
    expect(await events(certificate)).toEqual(['signed', 'recipientQuestionReceived']);
    expect(await t.store.messages.countOpenComplementRequests(certificate.id)).toBe(1);
  });

  it('gives the recipient only a certificate delivered to it, never a draft', async () => {
    const certificate = await sentCertificate();
    expect((await t.store.messages.getCertificateSentTo(certificate.id, 'FKASSA'))?.id).toBe(certificate.id);
    expect(await t.store.messages.getCertificateSentTo(certificate.id, 'TRANSP')).toBeUndefined();
    const unsent = signed(makeCertificate(), T0);
    await t.store.insertCertificate(unsent, makeEvent('signed'));
    expect(await t.store.messages.getCertificateSentTo(unsent.id, 'FKASSA')).toBeUndefined();
    const draft = makeCertificate({
      sending: { recipientId: 'FKASSA', requestedAt: T0, requestedBy: 'x', state: 'delivered' },
    });
    await t.store.insertCertificate(draft, makeEvent('created'));
    expect(await t.store.messages.getCertificateSentTo(draft.id, 'FKASSA')).toBeUndefined();
  });

  it("sends care's question with its delivery, event and audit; the recipient's answer answers it once", async () => {
    const certificate = await sentCertificate();
    const question = fromCare(certificate);
    expect(await sendOf(certificate, question)).toBe('inserted');
    const [delivery] = await t.store.listDeliveries(certificate.id);
    expect(delivery?.delivery).toMatchObject({ kind: 'messageToRecipient', payload: { messageId: question.id } });
    expect((await t.store.listAudit({ patientId: '191212121212', limit: 100 })).items[0]).toMatchObject({
      certificateId: certificate.id,
      activity: 'create',
    });

    await t.store.messages.recordDelivery(question.id, 'sent', at(1));
    const answer = message(certificate, { subject: 'SVAR', inReplyTo: question.id, createdAt: at(5) });
    expect(await t.store.messages.receive(answer, makeEvent('recipientAnswerReceived'))).toBe('inserted');
    const second = message(certificate, { subject: 'SVAR', inReplyTo: question.id, createdAt: at(6) });
    expect(await t.store.messages.receive(second, makeEvent('recipientAnswerReceived'))).toBe('alreadyAnswered');

    const stored = await t.store.messages.listForCertificate(certificate.id, scopeOf(certificate));
    expect(stored.map((m) => m.id)).toEqual([question.id, answer.id]);
    expect(stored[0]).toMatchObject({ sendState: 'sent', sentAt: at(1), answeredAt: at(5), handledAt: null });
    expect(await events(certificate)).toEqual(['signed', 'careQuestionSent', 'recipientAnswerReceived']);
  });

  it("answers the recipient's question once: the question becomes handled, a second answer writes nothing", async () => {
    const certificate = await sentCertificate();
    const question = message(certificate);
    await t.store.messages.receive(question, makeEvent('recipientQuestionReceived'));
    const answer = fromCare(certificate, { subject: 'SVAR', inReplyTo: question.id, createdAt: at(3) });
    expect(await sendOf(certificate, answer, ['careAnswerSent', 'recipientQuestionHandled'])).toBe('inserted');
    const late = fromCare(certificate, { subject: 'SVAR', inReplyTo: question.id, createdAt: at(4) });
    expect(await sendOf(certificate, late, ['careAnswerSent'])).toBe('alreadyAnswered');

    expect(await t.store.messages.get(question.id, scopeOf(certificate))).toMatchObject({
      answeredAt: at(3),
      handledAt: at(3),
      handledBy: 'user-ajla',
    });
    expect(await t.store.messages.get(late.id, scopeOf(certificate))).toBeUndefined();
    expect(await t.store.listDeliveries(certificate.id)).toHaveLength(1);
    expect(await events(certificate)).toEqual([
      'signed',
      'recipientQuestionReceived',
      'careAnswerSent',
      'recipientQuestionHandled',
    ]);
  });

  it('marks a question handled and unhandled, each once with its event, and not outside the scope', async () => {
    const certificate = await sentCertificate();
    const question = message(certificate);
    await t.store.messages.receive(question, makeEvent('recipientQuestionReceived'));
    const change = (handled: boolean, scope = scopeOf(certificate)) =>
      t.store.messages.setHandled({
        id: question.id,
        scope,
        handled,
        at: at(2),
        by: 'user-anna',
        event: makeEvent(handled ? 'recipientQuestionHandled' : 'recipientQuestionReopened'),
        audit: makeAuditRecord({ certificateId: certificate.id, activity: 'update' }),
      });
    expect(await change(true, { unitIds: [uniqueUnitId()] })).toBe('notFound');
    expect(await change(true)).toBe('updated');
    expect(await t.store.messages.get(question.id, scopeOf(certificate))).toMatchObject({
      handledAt: at(2),
      handledBy: 'user-anna',
    });
    expect(await change(true)).toBe('unchanged');
    expect(await change(false)).toBe('updated');
    expect(await change(false)).toBe('unchanged');
    expect(await events(certificate)).toEqual([
      'signed',
      'recipientQuestionReceived',
      'recipientQuestionHandled',
      'recipientQuestionReopened',
    ]);
  });

  it('closes open requests for complement when a complement is signed, and reopens them when it is revoked', async () => {
    const certificate = await sentCertificate();
    const open = message(certificate, { subject: 'KOMPLT', complementQuestions: [{ questionId: '1', text: 'x' }] });
    const handled = message(certificate, { subject: 'KOMPLT', handledAt: T0, handledBy: 'user-ajla' });
    const other = message(certificate, { subject: 'OVRIGT' });
    for (const m of [open, handled, other]) await t.store.messages.receive(m, makeEvent('recipientQuestionReceived'));
    const complementId = randomUUID();
    const eventOf = (type: string) => (m: Message) => makeEvent(type, { payload: { messageId: m.id } });

    const closed = await t.store.messages.closeComplementRequests(
      certificate.id,
      complementId,
      at(10),
      eventOf('recipientQuestionHandled'),
    );
    expect(closed.map((m) => m.id)).toEqual([open.id]);
    expect(closed[0]).toMatchObject({ answeredAt: at(10), handledAt: at(10), complementedBy: complementId });
    expect(await t.store.messages.countOpenComplementRequests(certificate.id)).toBe(0);

    const reopened = await t.store.messages.reopenComplementRequests(
      complementId,
      at(20),
      eventOf('recipientQuestionReopened'),
    );
    expect(reopened.map((m) => [m.id, m.answeredAt, m.handledAt, m.complementedBy])).toEqual([
      [open.id, null, null, null],
    ]);
    expect(await t.store.messages.countOpenComplementRequests(certificate.id)).toBe(1);

    const revoked = await t.store.messages.handleAllOf(certificate.id, at(30), eventOf('recipientQuestionHandled'));
    expect(revoked.map((m) => m.id).sort()).toEqual([open.id, other.id].sort());
    expect(await t.store.messages.countOpenComplementRequests(certificate.id)).toBe(0);
    expect((await events(certificate)).slice(4)).toEqual([
      'recipientQuestionHandled',
      'recipientQuestionReopened',
      'recipientQuestionHandled',
      'recipientQuestionHandled',
    ]);
  });

  it('signs a complement and closes the requests it answers in one transaction', async () => {
    const original = await sentCertificate();
    const request = message(original, { subject: 'KOMPLT', complementQuestions: [{ questionId: '1', text: 'x' }] });
    await t.store.messages.receive(request, makeEvent('recipientQuestionReceived'));
    const draft = makeCertificate({ unit: original.unit });
    await t.store.insertCertificate(draft, makeEvent('created'));
    const complement = signed(draft, at(10));
    const closeRequests = (eventOf: (m: Message) => ReturnType<typeof makeEvent>) => ({
      kind: 'closeComplementRequests' as const,
      certificateId: original.id,
      complementId: complement.id,
      at: at(10),
      eventOf,
    });
    const update = (eventOf: (m: Message) => ReturnType<typeof makeEvent>) =>
      t.store.updateCertificate(
        complement,
        draft.revision,
        scopeOf(draft),
        makeEvent('signed'),
        undefined,
        [],
        [closeRequests(eventOf)],
      );

    // An effect that fails takes the signature with it: nothing is half written.
    await expect(
      update(() => {
        throw new Error('the effect failed');
      }),
    ).rejects.toThrow('the effect failed');
    expect((await t.store.getCertificate(draft.id, scopeOf(draft)))?.status).toBe('draft');
    expect(await t.store.messages.countOpenComplementRequests(original.id)).toBe(1);

    expect(await update((m) => makeEvent('recipientQuestionHandled', { payload: { messageId: m.id } }))).toBe(
      'updated',
    );
    expect((await t.store.getCertificate(draft.id, scopeOf(draft)))?.status).toBe('signed');
    expect(await t.store.messages.countOpenComplementRequests(original.id)).toBe(0);
    expect((await events(original)).at(-1)).toBe('recipientQuestionHandled');
  });

  it('leaves the messages alone when the certificate update is a conflict', async () => {
    const certificate = await sentCertificate();
    const question = message(certificate, { subject: 'OVRIGT' });
    await t.store.messages.receive(question, makeEvent('recipientQuestionReceived'));
    const revoked: Certificate = { ...certificate, status: 'revoked', revision: certificate.revision + 2 };
    const outcome = await t.store.updateCertificate(
      revoked,
      certificate.revision + 1,
      scopeOf(certificate),
      makeEvent('revoked'),
      undefined,
      [],
      [{ kind: 'handleAllOf', certificateId: certificate.id, at: at(5), eventOf: () => makeEvent('handled') }],
    );
    expect(outcome).toBe('conflict');
    expect(
      (await t.store.messages.listForCertificate(certificate.id, scopeOf(certificate))).map((m) => m.handledAt),
    ).toEqual([null]);
  });

  it("lists the unit's questions waiting for care, filtered and paged, newest first", async () => {
    const unitId = uniqueUnitId();
    const unit = { ...makeCertificate().unit, unitId };
    const lisjp = await sentCertificate({ unit });
    const luse = await sentCertificate({
      unit,
      type: 'luse',
      version: '1.2',
      patient: { personId: '194011306125', name: 'Frida Kranstege' },
    });
    const komplt = message(lisjp, { subject: 'KOMPLT', createdAt: at(1) });
    const reminder = message(lisjp, { subject: 'PAMINN', reminderOf: komplt.id, createdAt: at(2) });
    const kontakt = message(luse, { subject: 'KONTKT', createdAt: at(3) });
    const handled = message(luse, { subject: 'OVRIGT', createdAt: at(4), handledAt: at(4), handledBy: 'x' });
    for (const m of [komplt, reminder, kontakt, handled]) await t.store.messages.receive(m, makeEvent('received'));
    // Care's question waits for the recipient until answered; then for care.
    const asked = fromCare(lisjp, { createdAt: at(5) });
    await sendOf(lisjp, asked);
    const scope = { unitIds: [unitId] };
    const ids = async (query: Partial<Parameters<typeof t.store.messages.listWaiting>[0]> = {}) =>
      (await t.store.messages.listWaiting({ scope, limit: 10, ...query })).items.map((item) => item.message.id);

    expect(await ids()).toEqual([kontakt.id, komplt.id]);
    expect(await t.store.messages.countWaiting(scope)).toBe(2);
    await t.store.messages.receive(
      message(lisjp, { subject: 'SVAR', inReplyTo: asked.id, createdAt: at(6) }),
      makeEvent('recipientAnswerReceived'),
    );
    expect(await ids()).toEqual([asked.id, kontakt.id, komplt.id]);
    expect(await t.store.messages.countWaiting(scope)).toBe(3);
    expect(await t.store.messages.countWaiting({ unitIds: [uniqueUnitId()] })).toBe(0);

    const [first] = (await t.store.messages.listWaiting({ scope, limit: 10, subjects: ['KOMPLT'] })).items;
    expect(first).toEqual({
      message: komplt,
      certificate: { id: lisjp.id, type: 'lisjp', version: '2.0', status: 'sent', patient: lisjp.patient },
      reminders: 1,
    });
    expect(await ids({ certificateType: 'luse' })).toEqual([kontakt.id]);
    expect(await ids({ patientId: '191212121212' })).toEqual([asked.id, komplt.id]);
    expect(await ids({ answered: true })).toEqual([asked.id]);
    expect(await ids({ answered: false })).toEqual([kontakt.id, komplt.id]);
    expect(await ids({ receivedFrom: at(2), receivedBefore: at(4) })).toEqual([kontakt.id]);
    expect(await ids({ subjects: [] })).toHaveLength(3);

    const page1 = await t.store.messages.listWaiting({ scope, limit: 2 });
    expect(page1.items.map((item) => item.message.id)).toEqual([asked.id, kontakt.id]);
    const page2 = await t.store.messages.listWaiting({ scope, limit: 2, cursor: page1.nextCursor! });
    expect(page2).toMatchObject({ nextCursor: null });
    expect(page2.items.map((item) => item.message.id)).toEqual([komplt.id]);
    await expect(t.store.messages.listWaiting({ scope, limit: 0 })).rejects.toThrow(RangeError);
  });
});
