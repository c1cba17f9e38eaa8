/**
 * A certificate's messages on a user's behalf (domain.md §3): read the threads, ask the recipient a question,
 * answer its question, say "kan ej komplettera" to its request for complement, and mark questions handled.
 * Access follows the certificate (its unit, the role, protected identity) through CertificateAccess; every
 * read and write is logged for PDL; care's messages go to the recipient through the outbox.
 */
import {
  messageRefusals,
  type Actor,
  type CareQuestionSubject,
  type Certificate,
  type Clock,
  type HandlingReason,
  type Message,
} from '@intyg/core';
import type { Store } from '@intyg/store';
import { certificateAudit, type RequestContext } from '../audit/audit-records.js';
import { accessScopeOf } from '../certificates/access-scope.js';
import type { CertificateAccess } from '../certificates/certificate-access.js';
import { AppError } from '../errors.js';
import type { RecipientConfig } from '../outbox/delivery-config.js';
import { messageNotFound, messageRefused } from './message-errors.js';
import { handlingEvent, messageEvent } from './message-event.js';
import { threadViews, type ThreadView } from './message-views.js';
import { outgoingMessage } from './outgoing-message.js';

export class CertificateMessages {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly clock: Clock;
      readonly access: CertificateAccess;
      readonly recipients: readonly RecipientConfig[];
      /** Called once a delivery is stored, so the worker need not wait for its next poll. */
      readonly onQueued: () => void;
    },
  ) {}

  /** The certificate's threads, newest first. */
  async list(actor: Actor, certificateId: string, context: RequestContext): Promise<ThreadView[]> {
    const certificate = await this.deps.access.load(actor, certificateId);
    await this.deps.access.require('read', actor, certificate);
    const threads = await this.threads(actor, certificate);
    await this.auditRead(actor, context, certificate);
    return threads;
  }

  /** A new question from care (AVSTMN, KONTKT, OVRIGT as the model offers) to the certificate's recipient. */
  async ask(
    actor: Actor,
    certificateId: string,
    input: { subject: CareQuestionSubject; heading: string; text: string },
    context: RequestContext,
  ): Promise<ThreadView> {
    const { access, clock, store } = this.deps;
    const certificate = await access.load(actor, certificateId);
    await access.require('answerMessage', actor, certificate);
    if (!(access.modelOf(certificate).model.messages?.questionSubjects ?? []).includes(input.subject)) {
      const message = {
        sv: `Frågor med ämnet ${input.subject} ställs inte om den här intygstypen.`,
        en: `Questions about ${input.subject} are not asked about this certificate type.`,
      };
      throw new AppError('ACTION_NOT_ALLOWED', message.en, { reasons: [{ code: 'subjectNotForType', message }] });
    }
    const now = clock.now();
    const { message, delivery } = outgoingMessage({
      certificate,
      actor,
      recipientId: this.recipientOf(certificate),
      subject: input.subject,
      heading: input.heading,
      text: input.text,
      now,
    });
    await store.messages.send({
      message,
      actorId: actor.userId,
      delivery,
      events: [messageEvent('careQuestionSent', message, now, actor.userId)],
      audit: certificateAudit(actor, context, certificate, 'create', now),
    });
    this.deps.onQueued();
    return this.thread(actor, certificate, message.id);
  }

  /** Marks a question handled, or not handled again; marking it as it already is changes nothing. */
  async setHandled(
    actor: Actor,
    certificateId: string,
    messageId: string,
    handled: boolean,
    context: RequestContext,
  ): Promise<ThreadView> {
    const { access, clock, store } = this.deps;
    const certificate = await access.load(actor, certificateId);
    await access.require('read', actor, certificate);
    const question = await this.message(actor, certificate, messageId);
    const refusals = messageRefusals(handled ? 'markHandled' : 'markUnhandled', question, certificate.status).filter(
      (reason) => reason.code !== 'alreadyHandled' && reason.code !== 'notHandled',
    );
    if (refusals.length > 0) throw messageRefused(refusals);
    const now = clock.now();
    const outcome = await store.messages.setHandled({
      id: question.id,
      scope: accessScopeOf(actor),
      handled,
      at: now,
      by: actor.userId,
      event: handlingEvent(question, handled, 'marked', now, actor.userId),
      audit: certificateAudit(actor, context, certificate, 'update', now),
    });
    if (outcome === 'notFound') throw messageNotFound();
    // Nothing was written, so nothing logged: the thread shown is a read.
    if (outcome === 'unchanged') await this.auditRead(actor, context, certificate);
    return this.thread(actor, certificate, question.id);
  }

  /**
   * Care's answer (SVAR) to the recipient's question, which becomes handled: an ordinary `answer`, or "kan ej
   * komplettera" (`cannotComplement`) to a request for complement (domain.md §2.7). An answer needs the
   * certificate to take messages, "kan ej komplettera" that it could be complemented; then the message itself
   * decides (core's `messageRefusals`).
   */
  async reply(
    action: 'answer' | 'cannotComplement',
    actor: Actor,
    certificateId: string,
    messageId: string,
    text: string,
    context: RequestContext,
  ): Promise<ThreadView> {
    const certificate = await this.deps.access.load(actor, certificateId);
    await this.deps.access.require(action === 'answer' ? 'answerMessage' : 'complement', actor, certificate);
    const question = await this.message(actor, certificate, messageId);
    const refusals = messageRefusals(action, question, certificate.status);
    if (refusals.length > 0) throw messageRefused(refusals);
    const reason: HandlingReason = action === 'answer' ? 'answered' : 'cannotComplement';
    const now = this.deps.clock.now();
    const { message, delivery } = outgoingMessage({
      certificate,
      actor,
      recipientId: this.recipientOf(certificate),
      subject: 'SVAR',
      heading: null,
      text,
      inReplyTo: question,
      now,
    });
    const outcome = await this.deps.store.messages.send({
      message,
      actorId: actor.userId,
      delivery,
      events: [
        messageEvent('careAnswerSent', message, now, actor.userId, { inReplyTo: question.id }),
        handlingEvent(question, true, reason, now, actor.userId),
      ],
      audit: certificateAudit(actor, context, certificate, 'create', now),
    });
    // Answered meanwhile, by another user or tab: refused as a second answer is.
    if (outcome === 'alreadyAnswered') throw messageRefused(messageRefusals(action, { ...question, answeredAt: now }));
    this.deps.onQueued();
    return this.thread(actor, certificate, question.id);
  }

  /** The recipient the certificate was sent to, which is where its messages go. */
  private recipientOf(certificate: Certificate): string {
    const recipientId = certificate.sending?.recipientId;
    if (recipientId === undefined || !this.deps.recipients.some((recipient) => recipient.id === recipientId)) {
      throw new AppError(
        'RECIPIENT_NOT_CONFIGURED',
        'Den här installationen når inte intygets mottagare; meddelandet kan inte skickas.',
      );
    }
    return recipientId;
  }

  /** One of the certificate's messages; another certificate's, or one outside the scope, is not found. */
  private async message(actor: Actor, certificate: Certificate, messageId: string): Promise<Message> {
    const message = await this.deps.store.messages.get(messageId, accessScopeOf(actor));
    if (message === undefined || message.certificateId !== certificate.id) throw messageNotFound();
    return message;
  }

  private async threads(actor: Actor, certificate: Certificate): Promise<ThreadView[]> {
    const { access, store } = this.deps;
    const [messages, answerMessage, complement] = await Promise.all([
      store.messages.listForCertificate(certificate.id, accessScopeOf(actor)),
      access.evaluate('answerMessage', actor, certificate),
      access.evaluate('complement', actor, certificate),
    ]);
    return threadViews(certificate, access.modelOf(certificate), messages, {
      answerMessage: answerMessage.availability,
      complement: complement.availability,
    });
  }

  private async thread(actor: Actor, certificate: Certificate, questionId: string): Promise<ThreadView> {
    const thread = (await this.threads(actor, certificate)).find((candidate) => candidate.id === questionId);
    if (thread === undefined) throw messageNotFound();
    return thread;
  }

  private async auditRead(actor: Actor, context: RequestContext, certificate: Certificate): Promise<void> {
    await this.deps.store.appendAudit(certificateAudit(actor, context, certificate, 'read', this.deps.clock.now()));
  }
}
