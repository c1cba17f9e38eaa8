import { Link } from 'react-router';
import { useT } from '../i18n/i18n.js';
import { DateField, SelectField } from '../home/filter-fields.js';
import {
  DRAFT_FILTER,
  DRAFT_SORTS,
  DRAFT_STATES,
  draftQuery,
  READY_STATES,
  type DraftFilter,
} from '../home/list-filters.js';
import { PersonSelect, TypeSelect } from '../home/common-filters.js';
import { UnitListPage } from '../home/UnitListPage.js';
import { useIssuers } from '../home/useIssuers.js';
import { useUnitCounts } from '../home/useUnitCounts.js';
import { userMay } from '../session/actor.js';
import { useSession } from '../session/session.js';

/**
 * `/drafts`: the unit's drafts, by type, author, readiness, day changed and patient. Whoever signs sees the
 * drafts others marked ready for signing highlighted, and how many there are, with a link to only those.
 */
export function DraftsPage() {
  const t = useT();
  const { user } = useSession();
  const { creators } = useIssuers();
  const signs = userMay(user, 'sign');
  const counts = useUnitCounts(signs);
  return (
    <UnitListPage<DraftFilter>
      kind="drafts"
      spec={DRAFT_FILTER}
      toQuery={draftQuery}
      sorts={DRAFT_SORTS}
      columns={['type', 'patient', 'status', 'createdBy', 'updated']}
      highlightReady={signs}
      filters={(draft, set) => (
        <>
          <TypeSelect value={draft.type} onChange={(value) => set('type', value)} />
          <PersonSelect
            label={t('lists.filter.author')}
            people={creators}
            value={draft.author}
            onChange={(value) => set('author', value)}
          />
          <SelectField
            label={t('lists.filter.ready')}
            value={draft.ready}
            options={READY_STATES.map((value) => ({
              value,
              label: t(`lists.filter.ready.${value || 'all'}`),
            }))}
            onChange={(value) => set('ready', value as DraftFilter['ready'])}
          />
          <SelectField
            label={t('lists.filter.state')}
            value={draft.state}
            options={DRAFT_STATES.map((value) => ({ value, label: t(`lists.filter.state.${value || 'open'}`) }))}
            onChange={(value) => set('state', value as DraftFilter['state'])}
          />
          <DateField
            label={t('lists.filter.changedFrom')}
            value={draft.from}
            onChange={(value) => set('from', value)}
          />
          <DateField label={t('lists.filter.changedTo')} value={draft.to} onChange={(value) => set('to', value)} />
        </>
      )}
    >
      {signs && counts.ready !== undefined && counts.ready > 0 && (
        <p className="note note--ready">
          {t('lists.drafts.readyNote', { count: counts.ready })}{' '}
          <Link to="/drafts?ready=true">{t('lists.drafts.showReady')}</Link>
        </p>
      )}
    </UnitListPage>
  );
}
