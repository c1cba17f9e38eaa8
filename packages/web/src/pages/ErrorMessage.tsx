import { ApiError } from '../api/client.js';
import { useT, type Translate } from '../i18n/i18n.js';
import { sv, type MessageKey } from '../i18n/sv.js';

/** A failure in the user's language: known error codes have their own text; others show the server's message. */
export function errorText(error: unknown, t?: Translate): string {
  if (error instanceof ApiError) {
    const key = `error.${error.code}`;
    if (t && key in sv) return t(key as MessageKey);
    return error.message || error.code;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** An alert for a failed request; renders nothing while there is no error. */
export function ErrorMessage({ error }: { error: unknown }) {
  const t = useT();
  if (error === undefined || error === null) return null;
  return (
    <p className="alert alert--error" role="alert">
      {t('app.error', { message: errorText(error, t) })}
    </p>
  );
}
