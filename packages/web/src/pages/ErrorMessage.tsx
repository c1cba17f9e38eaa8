import { ApiError } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message || error.code;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** An alert for a failed request; renders nothing while there is no error. */
export function ErrorMessage({ error }: { error: unknown }) {
  const t = useT();
  if (error === undefined || error === null) return null;
  return (
    <p className="alert alert--error" role="alert">
      {t('app.error', { message: errorText(error) })}
    </p>
  );
}
