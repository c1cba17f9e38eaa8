import { useEffect, useId, useRef, useState } from 'react';
import { lifecycleApi, type SendConfirmation } from '../api/lifecycle.js';
import { useT } from '../i18n/i18n.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';

/**
 * "Skicka": whom the certificate goes to and what to read first (`GET …/send`: the model's notes, such as
 * FK7804's on sick leave shorter than 15 days, with their lists), and the patient's consent, which must be
 * ticked before "Skicka" can be pressed. A refusal while loading goes to `onFailed`, like one while sending.
 */
export function SendDialog({
  certificateId,
  recipientGuess,
  busy,
  error,
  onSend,
  onFailed,
  onCancel,
}: {
  certificateId: string;
  /** The model's recipient, named until the server's answer is in. */
  recipientGuess: string;
  busy: boolean;
  error: unknown;
  onSend: () => void;
  onFailed: (error: unknown) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [confirmation, setConfirmation] = useState<SendConfirmation | undefined>(undefined);
  const [consent, setConsent] = useState(false);
  // Loaded once per opening, whatever the caller's callback is by then.
  const onFailedRef = useRef(onFailed);
  useEffect(() => {
    onFailedRef.current = onFailed;
  }, [onFailed]);

  useEffect(() => {
    let active = true;
    lifecycleApi.sendConfirmation(certificateId).then(
      (loaded) => active && setConfirmation(loaded),
      (cause: unknown) => active && onFailedRef.current(cause),
    );
    return () => {
      active = false;
    };
  }, [certificateId]);

  const recipient = confirmation?.recipient.name ?? recipientGuess;
  return (
    <ConfirmDialog
      title={t('send.title', { recipient })}
      confirmLabel={t('send.confirm')}
      busyLabel={t('send.busy')}
      busy={busy}
      disabled={!confirmation || !consent}
      error={error}
      onConfirm={onSend}
      onCancel={onCancel}
    >
      {confirmation === undefined ? (
        error === undefined && <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <p>{t('send.intro', { recipient })}</p>
          {confirmation.notes.length > 0 && (
            <section className="send-notes" aria-labelledby={`${id}-notes`}>
              <h3 id={`${id}-notes`}>{t('send.notes')}</h3>
              {confirmation.notes.map((note) => (
                <div key={note.text} className="note note--observe">
                  <p>{note.text}</p>
                  {note.items && note.items.length > 0 && (
                    <ul>
                      {note.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </section>
          )}
          <div className="consent">
            <label className="choice">
              <input
                type="checkbox"
                checked={consent}
                aria-describedby={`${id}-consent-hint`}
                onChange={(event) => setConsent(event.target.checked)}
              />
              <span>{t('send.consent', { recipient })}</span>
            </label>
            <p id={`${id}-consent-hint`} className="hint">
              {t('send.consentHint')}
            </p>
          </div>
        </>
      )}
    </ConfirmDialog>
  );
}
