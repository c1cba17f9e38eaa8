import { useId, useState } from 'react';
import { REVOCATION_REASONS, type RevocationReason } from '@intyg/core';
import { useT } from '../i18n/i18n.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';

/** The longest explanation the server takes. */
const MAX_MESSAGE = 4000;

/**
 * "Makulera" (domain.md §2.2 REVOKE): the reason, as Webcert asks it (wrong patient, or another serious error),
 * and an explanation; both are required before the certificate can be revoked.
 */
export function RevokeDialog({
  recipientTold,
  busy,
  error,
  onRevoke,
  onCancel,
}: {
  /** The recipient that has the certificate and will be told, if any. */
  recipientTold: string | undefined;
  busy: boolean;
  error: unknown;
  onRevoke: (reason: RevocationReason, message: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState<RevocationReason | undefined>(undefined);
  const [message, setMessage] = useState('');
  const complete = reason !== undefined && message.trim() !== '';

  return (
    <ConfirmDialog
      title={t('revoke.title')}
      confirmLabel={t('revoke.confirm')}
      busyLabel={t('revoke.busy')}
      busy={busy}
      disabled={!complete}
      danger
      error={error}
      onConfirm={() => reason && onRevoke(reason, message.trim())}
      onCancel={onCancel}
    >
      <p>{t('revoke.intro')}</p>
      {recipientTold && <p>{t('revoke.recipientTold', { recipient: recipientTold })}</p>}
      <fieldset className="group revoke__reasons">
        <legend className="question-label">
          {t('revoke.reason')}
          <span className="mandatory-marker" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <div className="choices">
          {REVOCATION_REASONS.map((code) => (
            <label key={code} className="choice">
              <input
                type="radio"
                name={`${id}-reason`}
                value={code}
                checked={reason === code}
                required
                onChange={() => setReason(code)}
              />
              <span>{t(`revoke.reason.${code}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="question-label" htmlFor={`${id}-message`}>
        {t('revoke.message')}
        <span className="mandatory-marker" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <textarea
        id={`${id}-message`}
        className="input input--area"
        rows={4}
        maxLength={MAX_MESSAGE}
        required
        aria-describedby={complete ? undefined : `${id}-required`}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
      />
      {!complete && (
        <p id={`${id}-required`} className="hint">
          {t('revoke.required')}
        </p>
      )}
    </ConfirmDialog>
  );
}
