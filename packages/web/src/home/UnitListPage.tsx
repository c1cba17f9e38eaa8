import { useEffect, useId, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { CertificateListQuery } from '../api/certificate-lists.js';
import { useT } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { CertificateTable, type Column } from './CertificateTable.js';
import { SelectField } from './filter-fields.js';
import { FilterForm, type SetField } from './FilterForm.js';
import {
  activeFilterCount,
  initialFilter,
  readFilter,
  writeFilter,
  type DraftSort,
  type FilterSpec,
  type SignedSort,
} from './list-filters.js';
import { PagedList } from './PagedList.js';
import { useCertificateList } from './useCertificateList.js';

/**
 * One of the unit's lists on a page of its own (`/drafts`, `/signed`): the filters, which live in the address
 * bar, the order (applied at once), and the result a page at a time.
 */
export function UnitListPage<F extends { readonly patient: string; readonly sort: DraftSort | SignedSort }>({
  kind,
  spec,
  toQuery,
  sorts,
  columns,
  highlightReady = false,
  filters,
  children,
}: {
  /** Which list: its texts are `lists.<kind>.title` and `.intro`. */
  kind: 'drafts' | 'signed';
  spec: FilterSpec<F>;
  toQuery: (filter: F) => CertificateListQuery;
  /** The orders offered. */
  sorts: readonly F['sort'][];
  columns: readonly Column[];
  highlightReady?: boolean;
  /** The fields of the filter form besides the patient. */
  filters: (draft: F, set: SetField<F>) => ReactNode;
  /** Shown between the heading and the filters (e.g. what waits for the doctor). */
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const { user } = useSession();
  const title = t(`lists.${kind}.title`);
  const intro = t(`lists.${kind}.intro`, { unit: user?.unitName ?? user?.unitId ?? '' });
  const [params, setParams] = useSearchParams();
  const applied = readFilter(spec, params);
  const list = useCertificateList(toQuery(applied));
  const search = params.toString();
  // The filter form keeps its own state (and focus) while the user works in it; it starts anew only when the
  // address bar changes otherwise, e.g. with the browser's back button.
  const [expected, setExpected] = useState(search);
  const [formKey, setFormKey] = useState(0);
  if (search !== expected) {
    setExpected(search);
    setFormKey((key) => key + 1);
  }
  const show = (filter: F) => {
    const next = writeFilter(spec, filter);
    setExpected(next.toString());
    setParams(next);
  };
  const active = activeFilterCount(spec, applied);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [t, title]);

  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      {children}
      <section className="panel" aria-labelledby={`${id}-filters`}>
        <h2 id={`${id}-filters`}>
          {t('lists.filter.title')}
          {active > 0 && <span className="h2-sub"> {t('lists.filter.active', { count: active })}</span>}
        </h2>
        <FilterForm
          key={formKey}
          applied={applied}
          initial={{ ...initialFilter(spec), sort: applied.sort }}
          onApply={(filter) => show({ ...filter, sort: applied.sort })}
        >
          {filters}
        </FilterForm>
      </section>
      <section className="panel" aria-labelledby={`${id}-result`}>
        <div className="list-header">
          <h2 id={`${id}-result`}>{t('lists.result')}</h2>
          <SelectField
            label={t('lists.sort')}
            value={applied.sort}
            options={sorts.map((value) => ({ value, label: t(`lists.sort.${value}`) }))}
            onChange={(sort) => show({ ...applied, sort })}
          />
        </div>
        <PagedList list={list} kind={kind}>
          {(items) => (
            <CertificateTable items={items} columns={columns} caption={title} highlightReady={highlightReady} />
          )}
        </PagedList>
      </section>
    </div>
  );
}
