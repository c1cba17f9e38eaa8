import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CertificateModel } from '@intyg/core';
import { api } from '../api/endpoints.js';
import type { CertificateListItem } from '../api/certificate-lists.js';
import { lifecycleApi } from '../api/lifecycle.js';
import { useI18n } from '../i18n/i18n.js';
import { NewDraftDialog, type NewDraftChoice } from '../lifecycle/NewDraftDialog.js';
import { RefusalMessage, refusalReasons } from '../pages/PatientFlags.js';
import { ErrorMessage } from '../pages/ErrorMessage.js';

interface Chosen {
  readonly item: CertificateListItem;
  readonly choice: NewDraftChoice;
}

/** The lifecycle action a choice needs, as the certificate's `actions` name it. */
const actionOf = (choice: NewDraftChoice) => (choice.action === 'createDraft' ? 'createDraftFrom' : choice.action);

/** A key naming one row's choice, e.g. for the button that is loading. */
export const choiceKey = (item: CertificateListItem, choice: NewDraftChoice) =>
  `${item.id}:${choice.action === 'createDraft' ? choice.type : choice.action}`;

/**
 * Renew, copy or create-from straight from a row of a list. A list row carries no actions, so the choice first
 * reads the certificate (its `actions`, decided by the server) and its model: an action the server would refuse
 * is explained at once with the server's reasons; an allowed one opens the same confirmation as on the
 * certificate page (renewing names what it leaves out), and the new draft opens. A refusal when confirming
 * (someone acted meanwhile) is explained alike.
 */
export function useNewDraftFrom(): {
  readonly choose: (item: CertificateListItem, choice: NewDraftChoice) => void;
  /** The key of the choice being read, while it is. */
  readonly loading: string | undefined;
  /** The dialog, or the refusal and what went wrong, to show with the list. */
  readonly element: ReactNode;
} {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [loading, setLoading] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<(Chosen & { readonly model: CertificateModel }) | undefined>(undefined);
  const [refused, setRefused] = useState<(Chosen & { readonly reasons: readonly string[] }) | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [dialogError, setDialogError] = useState<unknown>(undefined);

  function choose(item: CertificateListItem, choice: NewDraftChoice) {
    setLoading(choiceKey(item, choice));
    setRefused(undefined);
    setError(undefined);
    Promise.all([api.certificate(item.id), api.model(item.type, item.version)])
      .then(([certificate, model]) => {
        const action = certificate.actions.find((candidate) => candidate.id === actionOf(choice));
        if (action?.allowed === true) {
          setDialogError(undefined);
          setOpen({ item, choice, model });
        } else {
          const reasons = action?.reasons.map((reason) => reason.message[language]) ?? [];
          setRefused({ item, choice, reasons: reasons.length > 0 ? reasons : [t('error.ACTION_NOT_ALLOWED')] });
        }
      }, setError)
      .finally(() => setLoading(undefined));
  }

  async function confirm() {
    if (!open) return;
    const { item, choice } = open;
    setBusy(true);
    setDialogError(undefined);
    try {
      const draft =
        choice.action === 'createDraft'
          ? await lifecycleApi.createDraftFrom(item.id, choice.type)
          : await lifecycleApi.newDraft(item.id, choice.action);
      navigate(`/certificates/${encodeURIComponent(draft.id)}`);
    } catch (cause) {
      const reasons = refusalReasons(cause, language);
      if (reasons) {
        setOpen(undefined);
        setRefused({ item, choice, reasons });
      } else setDialogError(cause);
    } finally {
      setBusy(false);
    }
  }

  const element = (
    <>
      {refused && (
        <RefusalMessage reasons={refused.reasons}>
          <p>{t('patientPage.rowRefused')}</p>
        </RefusalMessage>
      )}
      <ErrorMessage error={error} />
      {open && (
        <NewDraftDialog
          choice={open.choice}
          model={open.model}
          busy={busy}
          error={dialogError}
          onConfirm={() => void confirm()}
          onCancel={() => !busy && setOpen(undefined)}
        />
      )}
    </>
  );
  return { choose, loading, element };
}
