import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CompiledModel, RevocationReason } from '@intyg/core';
import { lifecycleApi } from '../api/lifecycle.js';
import type { CertificateResponse } from '../api/types.js';
import { useT } from '../i18n/i18n.js';
import { announceMessagesChanged } from '../messages/waiting-count.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { shortTypeName, useCertificateTypes } from './certificate-types.js';
import { useFocusStatusAfterRender } from './CertificateStatus.js';
import { isInterruption } from './interruption.js';
import { NewDraftDialog, type NewDraftChoice } from './NewDraftDialog.js';
import { RevokeDialog } from './RevokeDialog.js';
import { SendDialog } from './SendDialog.js';
import { recipientName, SendingStatus } from './SendingStatus.js';
import { useSendingPoll } from './useSendingPoll.js';

type OpenDialog =
  { readonly kind: 'send' | 'revoke' | 'delete' } | { readonly kind: 'newDraft'; readonly choice: NewDraftChoice };

/** Sending is the main action; revoking and deleting cannot be undone. */
const VARIANTS = {
  primary: 'button',
  secondary: 'button button--secondary',
  danger: 'button button--danger-secondary',
};

/**
 * The certificate's action bar: exactly the actions the server allows (`actions[].allowed`), each confirmed in
 * a dialog — send (with the patient's consent), renew, replace, copy a locked draft, create a draft of another
 * type (the model's `createsDraftsOf`), revoke, delete a draft — and, for a signed certificate, its sending
 * status, followed live until the recipient answers. A new draft opens at once; a deleted one leads to the
 * start page. When the server refuses after all, `onRefused` gets the error (the page says why and reloads).
 */
export function CertificateActions({
  certificate,
  compiled,
  prepare,
  onChanged,
  onRefused,
  children,
}: {
  certificate: CertificateResponse;
  compiled: CompiledModel;
  /** Run before an action: saves a draft's pending changes and resolves to it as saved (undefined: not saved). */
  prepare?: () => Promise<CertificateResponse | undefined>;
  onChanged: (certificate: CertificateResponse) => void;
  onRefused: (error: unknown) => void;
  /** Links shown among the actions, such as the printout. */
  children?: ReactNode;
}) {
  const t = useT();
  const navigate = useNavigate();
  const types = useCertificateTypes();
  const [open, setOpen] = useState<OpenDialog | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const focusStatus = useFocusStatusAfterRender();
  useSendingPoll(certificate, onChanged);

  const allowed = (id: string) => certificate.actions.some((action) => action.id === id && action.allowed);
  const recipient = recipientName(certificate, compiled);
  const issued = certificate.status !== 'draft' && certificate.status !== 'lockedDraft';
  // Named from the type list, so offered once it is in (and only types that take new drafts).
  const draftTypes = allowed('createDraftFrom')
    ? (compiled.model.createsDraftsOf ?? []).filter((type) => types.get(type)?.canCreateDraft === true)
    : [];

  const show = (dialog: OpenDialog) => {
    setError(undefined);
    setOpen(dialog);
  };
  const close = () => {
    if (!busy) setOpen(undefined);
  };
  /** Performs the action on the certificate as last saved; a refusal closes the dialog and goes to the page. */
  async function run<T>(perform: (current: CertificateResponse) => Promise<T>, then: (result: T) => void) {
    setBusy(true);
    setError(undefined);
    try {
      const current = prepare ? await prepare() : certificate;
      // Not saved: the editor's save status says why.
      if (current === undefined) {
        setOpen(undefined);
        return;
      }
      const result = await perform(current);
      setOpen(undefined);
      then(result);
    } catch (cause) {
      if (isInterruption(cause)) {
        setOpen(undefined);
        onRefused(cause);
      } else {
        setError(cause);
      }
    } finally {
      setBusy(false);
    }
  }
  const changedInPlace = (next: CertificateResponse) => {
    focusStatus();
    onChanged(next);
  };
  const toDraft = (draft: CertificateResponse) => navigate(`/certificates/${encodeURIComponent(draft.id)}`);
  const dialogProps = { busy, error, onCancel: close };

  const button = (label: string, dialog: OpenDialog, variant: keyof typeof VARIANTS = 'secondary') => (
    <button key={label} type="button" className={VARIANTS[variant]} onClick={() => show(dialog)}>
      {label}
    </button>
  );
  const sendLabel = certificate.sending?.state === 'failed' ? t('send.openAgain') : t('send.open', { recipient });
  const offered = [
    allowed('send') && button(sendLabel, { kind: 'send' }, 'primary'),
    allowed('renew') && button(t('renew.open'), { kind: 'newDraft', choice: { action: 'renew' } }),
    allowed('replace') && button(t('replace.open'), { kind: 'newDraft', choice: { action: 'replace' } }),
    allowed('copy') && button(t('copy.open'), { kind: 'newDraft', choice: { action: 'copy' } }),
    ...draftTypes.map((type) => {
      const name = shortTypeName(types, type);
      return button(t('createDraft.open', { name }), {
        kind: 'newDraft',
        choice: { action: 'createDraft', type, name },
      });
    }),
  ].filter(Boolean);
  // Revoke and delete come last, set apart from the rest.
  const destructive = [
    allowed('revoke') && button(t('revoke.open'), { kind: 'revoke' }, 'danger'),
    allowed('delete') && button(t('delete.open'), { kind: 'delete' }, 'danger'),
  ].filter(Boolean);
  const showsSending = issued && compiled.model.recipient !== null;
  if (offered.length + destructive.length === 0 && children === undefined && !showsSending) return null;

  return (
    <div className="certificate-actions">
      {showsSending && <SendingStatus certificate={certificate} recipient={recipient} />}
      <div className="certificate-actions__bar" role="group" aria-label={t('lifecycle.actions')}>
        {offered}
        {children}
        {destructive}
      </div>

      {open?.kind === 'send' && (
        <SendDialog
          {...dialogProps}
          certificateId={certificate.id}
          recipientGuess={recipient}
          onFailed={(cause) => {
            if (!isInterruption(cause)) return setError(cause);
            setOpen(undefined);
            onRefused(cause);
          }}
          onSend={() => void run((current) => lifecycleApi.send(current.id, current.revision), changedInPlace)}
        />
      )}
      {open?.kind === 'revoke' && (
        <RevokeDialog
          {...dialogProps}
          recipientTold={certificate.sending?.state === 'delivered' ? recipient : undefined}
          onRevoke={(reason: RevocationReason, message: string) =>
            void run(
              (current) => lifecycleApi.revoke(current.id, current.revision, reason, message),
              (revoked) => {
                changedInPlace(revoked);
                // Revoking handles the certificate's open questions.
                announceMessagesChanged();
              },
            )
          }
        />
      )}
      {open?.kind === 'newDraft' && (
        <NewDraftDialog
          {...dialogProps}
          choice={open.choice}
          model={compiled.model}
          onConfirm={() => {
            const { choice } = open;
            void run(
              (current) =>
                choice.action === 'createDraft'
                  ? lifecycleApi.createDraftFrom(current.id, choice.type)
                  : lifecycleApi.newDraft(current.id, choice.action),
              toDraft,
            );
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          {...dialogProps}
          title={t('delete.title')}
          confirmLabel={t('delete.confirm')}
          busyLabel={t('delete.busy')}
          danger
          onConfirm={() =>
            void run(
              (current) => lifecycleApi.deleteDraft(current.id, current.revision),
              () => navigate('/', { state: { deleted: true } }),
            )
          }
        >
          <p>{t('delete.intro')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
