import type { ReactNode } from 'react';
import type { CertificateListItem } from '../api/certificate-lists.js';
import { useT } from '../i18n/i18n.js';
import { ErrorMessage } from '../pages/ErrorMessage.js';
import type { CertificateList } from './useCertificateList.js';

/** Which list: its texts are `lists.<kind>.none`, `.shown` ("25 of 134") and `.shownAll`. */
export type ListKind = 'drafts' | 'signed' | 'ready' | 'mine' | 'patient';

/**
 * A list's result: how many are shown of how many, in a live region (so a new filter's result is announced),
 * the rows (`children`) and "Visa fler" while the API has another page.
 */
export function PagedList({
  list,
  kind,
  children,
}: {
  list: CertificateList;
  kind: ListKind;
  children: (items: readonly CertificateListItem[]) => ReactNode;
}) {
  const t = useT();
  const { items, total, hasMore, loading, error } = list;
  const shown = items?.length ?? 0;
  const status =
    items === undefined
      ? error === undefined
        ? t('app.loading')
        : ''
      : shown === 0
        ? t(`lists.${kind}.none`)
        : total !== undefined && (hasMore || total !== shown)
          ? t(`lists.${kind}.shown`, { shown, total })
          : t(`lists.${kind}.shownAll`, { shown });
  return (
    <div className="paged-list">
      <p role="status" className="paged-list__status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {items !== undefined && items.length > 0 && children(items)}
      {hasMore && (
        <button type="button" className="button button--secondary" disabled={loading} onClick={list.loadMore}>
          {loading ? t('app.loading') : t('lists.more')}
        </button>
      )}
    </div>
  );
}
