import { useId } from 'react';
import { Link } from 'react-router';
import type { User } from '../api/types.js';
import { useT } from '../i18n/i18n.js';
import { userMay } from '../session/actor.js';
import { CertificateTable } from './CertificateTable.js';
import { PagedList } from './PagedList.js';
import { useCertificateList } from './useCertificateList.js';

/** How many drafts the start page shows; the drafts page has them all. */
const START_PAGE_ROWS = 10;

/**
 * What waits for the user, on the start page: `ready`, the drafts others marked ready for signing (for whoever
 * signs, highlighted, in a section of their own), or `mine`, the drafts the user wrote, each saying whether it
 * is marked ready yet. Both link on to the whole list, filtered alike.
 */
export function WorkList({ user, kind }: { user: User; kind: 'ready' | 'mine' }) {
  const t = useT();
  const id = useId();
  const signs = userMay(user, 'sign');
  const list = useCertificateList(
    kind === 'ready'
      ? { statuses: ['draft'], readyForSign: true, sort: 'updated', order: 'desc' }
      : { statuses: ['draft'], createdBy: user.userId, sort: 'updated', order: 'desc' },
    START_PAGE_ROWS,
  );
  const title = t(`lists.${kind}.title`);
  return (
    <section className={`panel work-list work-list--${kind}`} aria-labelledby={`${id}-heading`}>
      <div className="list-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        <Link to={kind === 'ready' ? '/drafts?ready=true' : `/drafts?author=${encodeURIComponent(user.userId)}`}>
          {t(`lists.${kind}.all`)}
        </Link>
      </div>
      <p className="hint">{t(kind === 'mine' && signs ? 'lists.mine.introSigner' : `lists.${kind}.intro`)}</p>
      {/* The whole list is one link away: no "more" here. */}
      <PagedList list={{ ...list, hasMore: false }} kind={kind}>
        {(items) => (
          <CertificateTable
            items={items}
            columns={
              kind === 'ready'
                ? ['type', 'patient', 'status', 'createdBy', 'updated']
                : ['type', 'patient', 'status', 'updated']
            }
            caption={title}
            highlightReady={signs}
          />
        )}
      </PagedList>
    </section>
  );
}
