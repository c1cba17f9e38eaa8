/**
 * RIV-TA SendMessageToCare v2 as care receives it (domain.md §3): a recipient's question, request for
 * complement (KOMPLT), reminder (PAMINN) or answer to care's question, about a certificate that was sent to
 * that recipient. The answer is the contract's result: OK; INFO for a message already received (the same
 * meddelande-id: the recipient retried); or ERROR with VALIDATION_ERROR and one Swedish line per failed rule.
 * Nothing is stored unless the answer is OK. The message's content is health data: it is never logged.
 */
import {
  exchangesMessages,
  instantOfStockholmDateTime,
  isQuestionSubject,
  newMessage,
  transportQuestions,
  type Certificate,
  type Clock,
  type Message,
} from '@intyg/core';
import { parseSendMessageToCare, validationErrorResult, type RivMessageToCare, type RivResult } from '@intyg/riv';
import type { Store } from '@intyg/store';
import type { ModelCatalog } from '../certificates/model-catalog.js';
import { AppError } from '../errors.js';
import type { RecipientConfig } from '../outbox/delivery-config.js';
import { messageEvent } from './message-event.js';

/** What the rules need besides the message: the questions of care it answers and of the recipient it reminds of. */
interface Links {
  readonly inReplyTo?: Message;
  readonly reminderOf?: Message;
}

export class MessageReception {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly models: ModelCatalog;
      readonly clock: Clock;
      readonly recipients: readonly RecipientConfig[];
    },
  ) {}

  /** `systemId`: the authenticated caller, which must be one of the configured recipients. */
  async receive(xml: string, systemId: string): Promise<RivResult> {
    const recipient = this.deps.recipients.find((candidate) => candidate.id === systemId);
    if (recipient === undefined) {
      throw new AppError('ACTION_NOT_ALLOWED', `The system ${systemId} is no recipient and sends care no messages.`);
    }
    const parsed = parseSendMessageToCare(xml);
    if (!parsed.ok) return validationErrorResult(parsed.errors);
    const received = parsed.value;
    const { store } = this.deps;

    const existing = await store.messages.findByTransportId('fromRecipient', received.messageId);
    if (existing !== undefined) {
      return existing.certificateId === received.certificateId
        ? { resultCode: 'INFO', resultText: 'Meddelandet är redan mottaget.' }
        : refused([`Meddelande-id '${received.messageId}' används redan för ett annat intyg.`]);
    }
    const certificate = await store.messages.getCertificateSentTo(received.certificateId, recipient.id);
    if (certificate === undefined) {
      return refused([`Intyget '${received.certificateId}' är inte skickat till ${recipient.name}.`]);
    }
    const links: Links = {
      ...(received.inReplyTo === undefined
        ? {}
        : { inReplyTo: await store.messages.findByTransportId('fromCare', received.inReplyTo.messageId) }),
      ...(received.reminderOf === undefined
        ? {}
        : { reminderOf: await store.messages.findByTransportId('fromRecipient', received.reminderOf) }),
    };
    const sentAt = instantOfStockholmDateTime(received.sentAt);
    const problems = [
      ...this.problems(received, recipient.id, certificate, links),
      ...(sentAt === undefined ? [`Ogiltig tidpunkt 'skickatTidpunkt': '${received.sentAt}'.`] : []),
    ];
    if (problems.length > 0 || sentAt === undefined) return refused(problems);

    const now = this.deps.clock.now();
    const message = messageOf(received, certificate, links, sentAt, now);
    const outcome = await store.messages.receive(
      message,
      messageEvent(
        message.subject === 'SVAR' ? 'recipientAnswerReceived' : 'recipientQuestionReceived',
        message,
        now,
        null,
        { recipientId: recipient.id, ...(message.inReplyTo === null ? {} : { inReplyTo: message.inReplyTo }) },
      ),
    );
    if (outcome === 'duplicate') return { resultCode: 'INFO', resultText: 'Meddelandet är redan mottaget.' };
    if (outcome === 'alreadyAnswered') return refused(['Frågan som svaret avser är redan besvarad.']);
    return { resultCode: 'OK' };
  }

  /** Every rule the message breaks, in Swedish; empty when it may be stored. */
  private problems(received: RivMessageToCare, recipientId: string, certificate: Certificate, links: Links): string[] {
    const problems: string[] = [];
    const compiled = this.deps.models.get(certificate.type, certificate.version);
    if (received.sentBy.party !== recipientId) {
      problems.push(`'skickatAv/part' ska vara ${recipientId}, men är '${received.sentBy.party}'.`);
    }
    if (compiled === undefined || !exchangesMessages(compiled.model)) {
      problems.push(`Intyg av typen ${certificate.type} har ingen ärendekommunikation.`);
    }
    if (certificate.status === 'revoked') problems.push('Intyget är makulerat och tar inte emot nya meddelanden.');
    if (received.patientPersonId !== certificate.patient.personId) {
      problems.push('Patientens person-id stämmer inte med intygets.');
    }
    for (const [name, value] of [
      ['logiskAdressMottagare', received.logicalAddress],
      ['intygs-id/root', received.certificateUnitId],
    ] as const) {
      if (value !== certificate.unit.unitId) {
        problems.push(`'${name}' ska vara intygets vårdenhet ${certificate.unit.unitId}, men är '${value}'.`);
      }
    }
    const onCertificate = (message: Message | undefined) =>
      message !== undefined && message.certificateId === certificate.id && isQuestionSubject(message.subject);
    if (received.inReplyTo !== undefined && received.subject !== 'SVAR') {
      problems.push("'svarPa' får bara anges i ett svar (SVAR).");
    } else if (received.inReplyTo !== undefined) {
      if (!onCertificate(links.inReplyTo)) {
        problems.push(`Vårdens fråga '${received.inReplyTo.messageId}' som svaret avser finns inte för intyget.`);
      } else if (links.inReplyTo?.answeredAt !== null) {
        problems.push(`Vårdens fråga '${received.inReplyTo.messageId}' är redan besvarad.`);
      }
    }
    if (received.reminderOf !== undefined && !onCertificate(links.reminderOf)) {
      problems.push(`Frågan '${received.reminderOf}' som påminnelsen avser finns inte för intyget.`);
    }
    if (received.subject === 'KOMPLT' && compiled !== undefined) {
      if (received.complements.length === 0) {
        problems.push("En begäran om komplettering ska ange minst en fråga ('komplettering').");
      }
      const questionIds = new Set(transportQuestions(compiled).map((question) => question.questionId));
      for (const { questionId } of received.complements) {
        if (!questionIds.has(questionId)) {
          problems.push(`Fråga ${questionId} finns inte i intyget (${certificate.type} ${certificate.version}).`);
        }
      }
    }
    return problems;
  }
}

function refused(texts: readonly string[]): RivResult {
  return validationErrorResult(texts.map((text) => ({ code: 'VALIDATION_ERROR', text })));
}

function messageOf(
  received: RivMessageToCare,
  certificate: Certificate,
  links: Links,
  sentAt: string,
  now: string,
): Message {
  return newMessage({
    id: crypto.randomUUID(),
    certificateId: certificate.id,
    unitId: certificate.unit.unitId,
    careProviderId: certificate.unit.careProviderId,
    direction: 'fromRecipient',
    subject: received.subject,
    heading: received.heading ?? null,
    text: received.text,
    transportId: received.messageId,
    referenceId: received.referenceId ?? null,
    reminderOf: links.reminderOf?.id ?? null,
    inReplyTo: links.inReplyTo?.id ?? null,
    complementQuestions: received.complements,
    lastReplyDate: received.lastReplyDate ?? null,
    sentAt,
    sentBy: {
      id: received.sentBy.party,
      name: received.sentBy.partyName ?? null,
      contactInfo: received.sentBy.contactInfo,
    },
    sendState: null,
    createdAt: now,
  });
}
