import { describe, expect, it } from 'vitest';
import { MESSAGE_EVENTS } from '../messages/message-events.js';
import { isStatusCode, STATUS_CODE_LIST, STATUS_CODE_OF_EVENT, STATUS_CODES, statusCodeOf } from './status-codes.js';

describe('status codes', () => {
  it("are Webcert's twelve event codes with their Swedish texts", () => {
    expect(STATUS_CODE_LIST).toHaveLength(12);
    expect(STATUS_CODES.SIGNAT).toBe('Intyg signerat');
    expect(STATUS_CODES.KFSIGN).toBe('Intygsutkast klart för signering');
  });

  it('maps the certificate events that notify, and nothing else', () => {
    expect(['created', 'readyForSign', 'signed', 'sent', 'deleted', 'revoked'].map(statusCodeOf)).toEqual([
      'SKAPAT',
      'KFSIGN',
      'SIGNAT',
      'SKICKA',
      'RADERA',
      'MAKULE',
    ]);
    expect(['updated', 'completed', 'uncompleted'].map(statusCodeOf)).toEqual(['ANDRAT', 'ANDRAT', 'ANDRAT']);
    for (const type of ['sendRequested', 'sendFailed', 'registered', 'locked', 'toString', 'constructor']) {
      expect(statusCodeOf(type)).toBeUndefined();
    }
    const messageEvents = Object.keys(MESSAGE_EVENTS);
    expect(messageEvents.map((type) => [type, statusCodeOf(type)])).toEqual([
      ['recipientQuestionReceived', 'NYFRFM'],
      ['recipientAnswerReceived', 'NYSVFM'],
      ['careQuestionSent', 'NYFRFV'],
      ['careAnswerSent', undefined],
      ['recipientQuestionHandled', 'HANFRFM'],
      ['careQuestionHandled', 'HANFRFV'],
      ['recipientQuestionReopened', undefined],
      ['careQuestionReopened', undefined],
    ]);
    expect(Object.values(STATUS_CODE_OF_EVENT).every(isStatusCode)).toBe(true);
    expect(isStatusCode('hasOwnProperty')).toBe(false);
  });
});
