/**
 * Questions and answers with the certificate's recipient (the messages routes, docs/architecture.md): a
 * certificate's threads, care's question, answers, "kan ej komplettera", handled or not, and the unit's list.
 */
import type { CareQuestionSubject, MessageSubject } from '@intyg/core';
import { request } from './client.js';
import { lifecycleApi } from './lifecycle.js';
import type { ActionRefusal, CertificatePatient, CertificateResponse } from './types.js';

export interface ComplementQuestionBody {
  readonly questionId: string;
  readonly instance: number | null;
  readonly text: string;
  /** Where the question is in the certificate; null when its model lacks it. */
  readonly elementId: string | null;
  readonly label: string | null;
}

export interface MessageBody {
  readonly id: string;
  readonly direction: 'fromRecipient' | 'fromCare';
  readonly subject: MessageSubject;
  readonly heading: string | null;
  readonly text: string;
  readonly referenceId: string | null;
  readonly sentBy: { readonly id: string; readonly name: string | null; readonly contactInfo: readonly string[] };
  readonly sentAt: string | null;
  readonly createdAt: string;
  readonly lastReplyDate: string | null;
  readonly sendState: 'pending' | 'sent' | 'failed' | null;
  readonly answeredAt: string | null;
  readonly handledAt: string | null;
  readonly complementedBy: string | null;
  readonly complementQuestions: readonly ComplementQuestionBody[];
}

export type ThreadActionId = 'answer' | 'cannotComplement' | 'complement' | 'markHandled' | 'markUnhandled';

export interface ThreadBody {
  readonly id: string;
  readonly question: MessageBody;
  readonly answer: MessageBody | null;
  readonly reminders: readonly MessageBody[];
  readonly handled: boolean;
  readonly actions: readonly {
    readonly id: ThreadActionId;
    readonly allowed: boolean;
    readonly reasons: readonly ActionRefusal[];
  }[];
}

export interface UnitMessageItem {
  readonly id: string;
  readonly direction: MessageBody['direction'];
  readonly subject: MessageSubject;
  readonly heading: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly lastReplyDate: string | null;
  readonly answered: boolean;
  readonly reminders: number;
  readonly certificate: {
    readonly id: string;
    readonly type: string;
    readonly version: string;
    readonly status: string;
    readonly patient: CertificatePatient;
  };
}

export interface UnitMessageFilter {
  readonly subject?: MessageSubject;
  readonly from?: string;
  readonly to?: string;
  readonly patientId?: string;
  readonly type?: string;
  readonly answered?: boolean;
  readonly cursor?: string;
}

const messagesOf = (certificateId: string) => `/api/certificates/${encodeURIComponent(certificateId)}/messages`;
const messageUrl = (certificateId: string, messageId: string, what: string) =>
  `${messagesOf(certificateId)}/${encodeURIComponent(messageId)}/${what}`;

/** How many the unit's list shows at a time. */
export const UNIT_MESSAGES_PAGE = 25;

export const messagesApi = {
  threads: async (certificateId: string): Promise<ThreadBody[]> =>
    (await request<{ items: ThreadBody[] }>('GET', messagesOf(certificateId))).items,
  ask: (certificateId: string, question: { subject: CareQuestionSubject; heading: string; text: string }) =>
    request<ThreadBody>('POST', messagesOf(certificateId), question),
  answer: (certificateId: string, messageId: string, text: string) =>
    request<ThreadBody>('POST', messageUrl(certificateId, messageId, 'answer'), { text }),
  cannotComplement: (certificateId: string, messageId: string, text: string) =>
    request<ThreadBody>('POST', messageUrl(certificateId, messageId, 'cannot-complement'), { text }),
  setHandled: (certificateId: string, messageId: string, handled: boolean) =>
    request<ThreadBody>('POST', messageUrl(certificateId, messageId, 'handled'), { handled }),
  complement: (certificateId: string): Promise<CertificateResponse> =>
    lifecycleApi.newDraft(certificateId, 'complement'),
  waiting: (filter: UnitMessageFilter) => {
    const query = new URLSearchParams({ limit: String(UNIT_MESSAGES_PAGE) });
    for (const [key, value] of Object.entries(filter)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    return request<{ items: UnitMessageItem[]; nextCursor: string | null }>('GET', `/api/messages?${query}`);
  },
  count: () => request<{ waiting: number }>('GET', '/api/messages/count'),
};
