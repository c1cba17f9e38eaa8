import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { en } from '../i18n/en.js';
import { format } from '../i18n/i18n.js';
import { sv, type MessageKey } from '../i18n/sv.js';
import { errorText } from './ErrorMessage.js';

const translate = (dictionary: Record<MessageKey, string>) => (key: MessageKey) => format(dictionary[key]);

describe('errorText', () => {
  it('says a refused or missing certificate in plain Swedish, and in English when chosen', () => {
    const notFound = new ApiError(404, 'CERTIFICATE_NOT_FOUND', 'No certificate with that id at your care unit.');
    expect(errorText(notFound, translate(sv))).toBe('Intyget finns inte på den vårdenhet du är inloggad på.');
    expect(errorText(notFound, translate(en))).toBe(
      'The certificate does not exist at the care unit you are logged in to.',
    );
  });

  it("falls back to the server's message for codes without a text of their own", () => {
    expect(errorText(new ApiError(400, 'INVALID_ANSWERS', 'The answers do not fit.'), translate(sv))).toBe(
      'The answers do not fit.',
    );
  });
});
