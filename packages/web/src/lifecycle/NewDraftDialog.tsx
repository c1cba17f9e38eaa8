import type { CertificateModel } from '@intyg/core';
import { useT } from '../i18n/i18n.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { notRenewedLabels } from './renewal.js';

/** A new draft from the certificate: renew, replace, copy (a locked draft), or one of another type. */
export type NewDraftChoice =
  | { readonly action: 'renew' | 'replace' | 'copy' }
  | { readonly action: 'createDraft'; readonly type: string; readonly name: string };

/** What the new draft will hold, before it is made; renewing names the questions it leaves out. */
export function NewDraftDialog({
  choice,
  model,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  choice: NewDraftChoice;
  model: CertificateModel;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const common = { busy, error, onConfirm, onCancel, busyLabel: t('newDraft.busy') };
  if (choice.action === 'createDraft') {
    const name = { name: choice.name };
    return (
      <ConfirmDialog {...common} title={t('createDraft.title', name)} confirmLabel={t('createDraft.confirm')}>
        <p>{t('createDraft.intro', name)}</p>
      </ConfirmDialog>
    );
  }
  const { action } = choice;
  const left = action === 'renew' ? notRenewedLabels(model) : [];
  return (
    <ConfirmDialog {...common} title={t(`${action}.title`)} confirmLabel={t(`${action}.confirm`)}>
      <p>{t(`${action}.intro`)}</p>
      {action === 'renew' &&
        (left.length === 0 ? (
          <p>{t('renew.allCopied')}</p>
        ) : (
          <>
            <p>{t('renew.notCopied')}</p>
            <ul className="not-copied">
              {left.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        ))}
    </ConfirmDialog>
  );
}
