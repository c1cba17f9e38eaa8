import { useT } from '../i18n/i18n.js';
import { DateField, SelectField } from '../home/filter-fields.js';
import { SENT_STATES, SIGNED_FILTER, SIGNED_SORTS, signedQuery, type SignedFilter } from '../home/list-filters.js';
import { PersonSelect, TypeSelect } from '../home/common-filters.js';
import { UnitListPage } from '../home/UnitListPage.js';
import { useIssuers } from '../home/useIssuers.js';

/** `/signed`: the unit's signed certificates, by type, signer, sent or not, day signed and patient. */
export function SignedPage() {
  const t = useT();
  const { signers } = useIssuers();
  return (
    <UnitListPage<SignedFilter>
      kind="signed"
      spec={SIGNED_FILTER}
      toQuery={signedQuery}
      sorts={SIGNED_SORTS}
      columns={['type', 'patient', 'status', 'signedBy', 'signed']}
      filters={(draft, set) => (
        <>
          <TypeSelect value={draft.type} onChange={(value) => set('type', value)} />
          <PersonSelect
            label={t('lists.filter.signer')}
            people={signers}
            value={draft.signer}
            onChange={(value) => set('signer', value)}
          />
          <SelectField
            label={t('lists.filter.sent')}
            value={draft.sent}
            options={SENT_STATES.map((value) => ({ value, label: t(`lists.filter.sent.${value || 'all'}`) }))}
            onChange={(value) => set('sent', value as SignedFilter['sent'])}
          />
          <DateField label={t('lists.filter.signedFrom')} value={draft.from} onChange={(value) => set('from', value)} />
          <DateField label={t('lists.filter.signedTo')} value={draft.to} onChange={(value) => set('to', value)} />
        </>
      )}
    />
  );
}
