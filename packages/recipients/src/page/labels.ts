/** How the page names things: certificate types, message types, directions and states, in Swedish. */
import { getModel } from '@intyg/certificate-types';
import { MESSAGE_SUBJECTS, isMessageSubject } from '@intyg/riv';
import type { StoredMessage } from '../store/message-store.js';

export function typeName(type: string, version: string): string {
  return getModel(type, version)?.name ?? type;
}

export function subjectName(subject: string): string {
  return isMessageSubject(subject) ? MESSAGE_SUBJECTS[subject] : subject;
}

export function directionName(message: StoredMessage): string {
  return message.direction === 'toCare' ? 'Till vården' : 'Från vården';
}

export function statusText(message: StoredMessage): string {
  switch (message.status) {
    case 'received':
      return 'Mottaget';
    case 'sent':
      return 'Skickat till vården';
    case 'rejected':
      return `Avvisat av vården: ${message.lastError ?? ''}`;
    case 'pending':
      return message.attempts === 0
        ? 'Väntar på att skickas'
        : `Inte framme ännu (${message.attempts} försök, senast: ${message.lastError ?? 'okänt fel'}); försöker igen`;
  }
}
