import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.js';
import { ErrorMessage } from '../pages/ErrorMessage.js';
import { Dialog } from './Dialog.js';

/**
 * A modal confirmation: a title that takes focus on opening (so a screen reader reads on from it), what the
 * action means, and the action's button beside "Avbryt". The body is a form: Enter in a field confirms. While
 * `busy` the button names what is happening; `error` shows above the buttons and the dialog stays open.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  busyLabel,
  busy = false,
  disabled = false,
  danger = false,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  confirmLabel: string;
  busyLabel: string;
  busy?: boolean;
  /** Whether the action still lacks something the body asks for. */
  disabled?: boolean;
  /** An action that cannot be undone (revoke, delete): the button is red. */
  danger?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && !disabled) onConfirm();
  };
  return (
    <Dialog labelledBy={`${id}-title`} onClose={onCancel} initialFocus={heading} className="dialog--confirm">
      <form className="dialog__form" onSubmit={submit} noValidate>
        <div className="dialog__header">
          <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <div className="dialog__body">
          {children}
          <ErrorMessage error={error} />
        </div>
        <div className="dialog__footer">
          <button type="submit" className={`button${danger ? ' button--danger' : ''}`} disabled={busy || disabled}>
            {busy ? busyLabel : confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('lifecycle.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
