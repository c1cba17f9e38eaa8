import { useId } from 'react';
import { typeOffersAction, UNDECLARED_TYPE_LIFECYCLE } from '@intyg/core';
import type { CertificateListItem } from '../api/certificate-lists.js';
import type { CertificateTypeSummary, User } from '../api/types.js';
import { CertificateTable } from '../home/CertificateTable.js';
import { PagedList } from '../home/PagedList.js';
import { useCertificateList } from '../home/useCertificateList.js';
import { useI18n } from '../i18n/i18n.js';
import { formatInstant } from '../format.js';
import type { NewDraftChoice } from '../lifecycle/NewDraftDialog.js';
import { userMay } from '../session/actor.js';
import { choiceKey, useNewDraftFrom } from './useNewDraftFrom.js';

/**
 * The new drafts a row may start, judged from its status, its type and the user's role alone (a list row has
 * no actions): renew a signed certificate, start a draft of another type from it (an AG7804 from an FK 7804), or
 * copy a locked draft. Whether the server allows it is asked when the user chooses (useNewDraftFrom).
 */
export function rowChoices(
  item: Pick<CertificateListItem, 'type' | 'status'>,
  user: User,
  types: ReadonlyMap<string, CertificateTypeSummary>,
): NewDraftChoice[] {
  if (item.status === 'lockedDraft') return userMay(user, 'copy') ? [{ action: 'copy' }] : [];
  if (item.status !== 'signed' && item.status !== 'sent') return [];
  const choices: NewDraftChoice[] = [];
  const lifecycle = types.get(item.type)?.lifecycle ?? UNDECLARED_TYPE_LIFECYCLE;
  if (typeOffersAction(lifecycle, 'renew') && userMay(user, 'renew')) choices.push({ action: 'renew' });
  if (userMay(user, 'createDraftFrom')) {
    for (const type of types.get(item.type)?.createsDraftsOf ?? []) {
      const target = types.get(type);
      if (target?.canCreateDraft) choices.push({ action: 'createDraft', type, name: target.formId ?? target.name });
    }
  }
  return choices;
}

/** "Intyg för patienten": the patient's certificates at the unit, newest change first, with renew, copy and create-from. */
export function PatientCertificates({
  personId,
  user,
  types,
}: {
  personId: string;
  user: User;
  types: ReadonlyMap<string, CertificateTypeSummary>;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const list = useCertificateList({ patientId: personId, sort: 'updated', order: 'desc' });
  const newDraft = useNewDraftFrom();
  const unit = user.unitName ?? user.unitId ?? '';
  const title = t('patientPage.certificates.title', { unit });

  const label = (choice: NewDraftChoice) =>
    choice.action === 'createDraft' ? t('createDraft.open', { name: choice.name }) : t(`${choice.action}.open`);
  const actions = (item: CertificateListItem) => {
    const choices = rowChoices(item, user, types);
    const typeName = types.get(item.type)?.name ?? item.type;
    return choices.map((choice) => {
      const key = choiceKey(item, choice);
      return (
        <button
          key={key}
          type="button"
          className="button button--secondary button--small"
          aria-label={t('patientPage.rowAction', {
            action: label(choice),
            type: typeName,
            date: formatInstant(item.signedAt ?? item.createdAt, language),
          })}
          aria-busy={newDraft.loading === key}
          disabled={newDraft.loading !== undefined}
          onClick={() => newDraft.choose(item, choice)}
        >
          {label(choice)}
        </button>
      );
    });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {newDraft.element}
      <PagedList list={list} kind="patient">
        {(items) => (
          <CertificateTable
            items={items}
            columns={['type', 'status', 'createdBy', 'updated']}
            caption={title}
            highlightReady={userMay(user, 'sign')}
            actions={actions}
          />
        )}
      </PagedList>
    </section>
  );
}
