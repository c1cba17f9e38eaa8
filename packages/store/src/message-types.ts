import type { Certificate, Message, MessageSubject, PatientRef } from '@intyg/core';
import type { AccessScope, NewAuditRecord, NewCertificateEvent, NewDelivery } from './types.js';

/** Builds the event of one message changed by a lifecycle effect (on the message's certificate). */
export type MessageEventOf = (message: Message) => NewCertificateEvent;

/**
 * What a certificate's state change does to messages (domain.md §2.2, §2.7), each changed message with the event
 * `eventOf` makes for it. Given to `Store.updateCertificate`, it is written in the certificate's own transaction:
 * a signed complement and its closed requests, or a revocation and its handled questions, commit together.
 */
export type MessageEffect =
  | {
      /** A complement of `certificateId` was signed: its open KOMPLT are answered and handled by `complementId`. */
      readonly kind: 'closeComplementRequests';
      readonly certificateId: string;
      readonly complementId: string;
      readonly at: string;
      readonly eventOf: MessageEventOf;
    }
  | {
      /** The complement `complementId` was revoked: the KOMPLT it closed are open again. */
      readonly kind: 'reopenComplementRequests';
      readonly complementId: string;
      readonly at: string;
      readonly eventOf: MessageEventOf;
    }
  | {
      /** The certificate was revoked: every question on it not yet handled is handled. */
      readonly kind: 'handleAllOf';
      readonly certificateId: string;
      readonly at: string;
      readonly eventOf: MessageEventOf;
    };

/** Care's new message, written with what goes with it in one transaction. */
export interface OutgoingMessage {
  readonly message: Message;
  /** User id of the sender: an answer's question is handled by them. */
  readonly actorId: string;
  /** Its SendMessageToRecipient, for the outbox worker. */
  readonly delivery: NewDelivery;
  /** Events of the message's certificate (the message sent; for an answer, its question handled). */
  readonly events: readonly NewCertificateEvent[];
  readonly audit: NewAuditRecord;
}

/** The unit's list: questions waiting for care, newest first. */
export interface UnitMessageQuery {
  readonly scope: AccessScope;
  /** Absent or empty: any subject. */
  readonly subjects?: readonly MessageSubject[];
  /** Instants: received (stored here) at or after `receivedFrom` and before `receivedBefore`. */
  readonly receivedFrom?: string;
  readonly receivedBefore?: string;
  readonly patientId?: string;
  readonly certificateType?: string;
  /** true: answered ones only; false: unanswered ones only. */
  readonly answered?: boolean;
  /** 1–100; anything else throws a RangeError. */
  readonly limit: number;
  /** `nextCursor` of the previous page; malformed ones throw `InvalidCursorError`. */
  readonly cursor?: string;
}

export interface UnitMessage {
  /** The thread's question. */
  readonly message: Message;
  readonly certificate: Pick<Certificate, 'id' | 'type' | 'version' | 'status'> & { readonly patient: PatientRef };
  /** How many reminders (PAMINN) the recipient sent of it. */
  readonly reminders: number;
}

export interface UnitMessagePage {
  readonly items: UnitMessage[];
  readonly nextCursor: string | null;
}

/**
 * Questions and answers between care and a certificate's recipient (`store.messages`). Every change of a message
 * is written with its certificate event (and, for a user's change, its audit record) in one transaction. Reads
 * on a user's behalf take an `AccessScope` (the message's certificate unit); the recipient's system path has
 * two reads of its own, named for it.
 *
 * A question waits for care (is listed for the unit) while it is not handled and either came from the
 * recipient or got the recipient's answer.
 */
export interface MessageStore {
  /**
   * The certificate a recipient may write about: issued (never a draft) and delivered to `recipientId`;
   * undefined otherwise. Unscoped: only for a recipient's SendMessageToCare (a system, no user, no scope).
   */
  getCertificateSentTo(certificateId: string, recipientId: string): Promise<Certificate | undefined>;
  /** A message by its meddelande-id and direction, at any unit: for the recipient's deduplication and links. */
  findByTransportId(direction: Message['direction'], transportId: string): Promise<Message | undefined>;
  /**
   * Stores a message from the recipient with its event; an answer (SVAR) marks its question answered, in the same
   * transaction. 'duplicate' when one with its meddelande-id exists; 'alreadyAnswered' when its question was
   * answered meanwhile. Nothing is written unless 'inserted'.
   */
  receive(message: Message, event: NewCertificateEvent): Promise<'inserted' | 'duplicate' | 'alreadyAnswered'>;
  /**
   * Stores care's message with its delivery, events and audit record. An answer (SVAR) marks its question answered
   * and handled by its sender; 'alreadyAnswered' when the question was answered meanwhile: nothing is written.
   */
  send(outgoing: OutgoingMessage): Promise<'inserted' | 'alreadyAnswered'>;
  /** Undefined when unknown or outside `scope`. */
  get(id: string, scope: AccessScope): Promise<Message | undefined>;
  /** A certificate's messages, oldest first; empty outside `scope`. */
  listForCertificate(certificateId: string, scope: AccessScope): Promise<Message[]>;
  /**
   * Marks a question handled (by `by`) or unhandled again, with its event and audit record. 'unchanged' when it
   * already was (nothing is written); 'notFound' outside `scope`.
   */
  setHandled(change: {
    readonly id: string;
    readonly scope: AccessScope;
    readonly handled: boolean;
    readonly at: string;
    readonly by: string;
    readonly event: NewCertificateEvent;
    readonly audit: NewAuditRecord;
  }): Promise<'updated' | 'unchanged' | 'notFound'>;
  /** The outbox's word on care's message: acknowledged by the recipient (`sentAt`), or refused for good. */
  recordDelivery(id: string, outcome: 'sent' | 'failed', at: string): Promise<void>;
  /** Open requests for complement (KOMPLT) on the certificate: neither answered nor handled. */
  countOpenComplementRequests(certificateId: string): Promise<number>;
  /**
   * A complement of `certificateId` was signed: its open KOMPLT become answered and handled, closed by
   * `complementId`, each with its event. Returns the messages as changed.
   */
  closeComplementRequests(
    certificateId: string,
    complementId: string,
    at: string,
    eventOf: MessageEventOf,
  ): Promise<Message[]>;
  /** The complement `complementId` was revoked: the KOMPLT it closed are open again, each with its event. */
  reopenComplementRequests(complementId: string, at: string, eventOf: MessageEventOf): Promise<Message[]>;
  /** The certificate was revoked: every question not yet handled becomes handled, each with its event. */
  handleAllOf(certificateId: string, at: string, eventOf: MessageEventOf): Promise<Message[]>;
  /** Questions waiting for care at the units of `scope`, filtered, newest first. */
  listWaiting(query: UnitMessageQuery): Promise<UnitMessagePage>;
  /** How many questions wait for care at the units of `scope`. */
  countWaiting(scope: AccessScope): Promise<number>;
}
