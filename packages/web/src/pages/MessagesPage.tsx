import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { MESSAGE_SUBJECTS, isQuestionSubject, type MessageSubject } from '@intyg/core';
import { api } from '../api/endpoints.js';
import { messagesApi, type UnitMessageFilter, type UnitMessageItem } from '../api/messages.js';
import type { CertificateTypeSummary, Patient } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { formatInstant, formatPersonId } from '../format.js';
import { ErrorMessage } from './ErrorMessage.js';
import { PatientCell, patientLabel, patientName } from './PatientFlags.js';

const QUESTION_SUBJECTS = MESSAGE_SUBJECTS.filter(isQuestionSubject);

interface Filter {
  subject: MessageSubject | '';
  from: string;
  to: string;
  patientId: string;
  type: string;
  answered: '' | 'true' | 'false';
}
const NO_FILTER: Filter = { subject: '', from: '', to: '', patientId: '', type: '', answered: '' };

function query(filter: Filter): UnitMessageFilter {
  return {
    ...(filter.subject === '' ? {} : { subject: filter.subject }),
    ...(filter.from === '' ? {} : { from: filter.from }),
    ...(filter.to === '' ? {} : { to: filter.to }),
    ...(filter.patientId === '' ? {} : { patientId: filter.patientId }),
    ...(filter.type === '' ? {} : { type: filter.type }),
    ...(filter.answered === '' ? {} : { answered: filter.answered === 'true' }),
  };
}

/** `/messages` ("Ärenden"): the unit's questions waiting for care, newest first, with filters and paging. */
export function MessagesPage() {
  const { t, language } = useI18n();
  const id = useId();
  const [patients, setPatients] = useState<Patient[]>([]);
  const [types, setTypes] = useState<CertificateTypeSummary[]>([]);
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [items, setItems] = useState<UnitMessageItem[] | undefined>(undefined);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(false);
  const applied = useRef<Filter>(NO_FILTER);

  /** Asks for a page (the first when no cursor); its answer replaces the list or extends it. */
  const load = useCallback(
    (filter: Filter, cursor?: string) =>
      messagesApi
        .waiting({ ...query(filter), ...(cursor === undefined ? {} : { cursor }) })
        .then((page) => {
          setItems((previous = []) => (cursor === undefined ? page.items : [...previous, ...page.items]));
          setNextCursor(page.nextCursor);
        }, setError)
        .finally(() => setLoading(false)),
    [],
  );
  /** What the user asked for: the state says it is on its way, then `load`. */
  const show = (filter: Filter, cursor?: string) => {
    setLoading(true);
    setError(undefined);
    void load(filter, cursor);
  };

  useEffect(() => {
    document.title = `${t('unitMessages.title')} – ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    void load(NO_FILTER);
    Promise.all([api.patients(), api.certificateTypes()]).then(([p, ty]) => {
      setPatients(p);
      setTypes(ty);
    }, setError);
  }, [load]);

  function apply(event: FormEvent) {
    event.preventDefault();
    applied.current = draft;
    show(draft);
  }
  function reset() {
    setDraft(NO_FILTER);
    applied.current = NO_FILTER;
    show(NO_FILTER);
  }
  const set = (key: keyof Filter) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const typeNames = new Map(types.map((summary) => [summary.type, summary.name]));
  const field = (name: string) => `${id}-${name}`;

  return (
    <div className="page">
      <h1>{t('unitMessages.title')}</h1>
      <p className="lead">{t('unitMessages.intro')}</p>
      <section className="panel" aria-labelledby={field('filters')}>
        <h2 id={field('filters')}>{t('unitMessages.filters')}</h2>
        <form className="filters" onSubmit={apply}>
          <div className="form-row">
            <label htmlFor={field('subject')}>{t('unitMessages.subject')}</label>
            <select
              id={field('subject')}
              className="input input--select"
              value={draft.subject}
              onChange={set('subject')}
            >
              <option value="">{t('unitMessages.allSubjects')}</option>
              {QUESTION_SUBJECTS.map((subject) => (
                <option key={subject} value={subject}>
                  {t(`subject.${subject}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor={field('from')}>{t('unitMessages.from')}</label>
            <input
              id={field('from')}
              type="date"
              className="input input--date"
              value={draft.from}
              onChange={set('from')}
            />
          </div>
          <div className="form-row">
            <label htmlFor={field('to')}>{t('unitMessages.to')}</label>
            <input id={field('to')} type="date" className="input input--date" value={draft.to} onChange={set('to')} />
          </div>
          <div className="form-row">
            <label htmlFor={field('patient')}>{t('unitMessages.patient')}</label>
            <select
              id={field('patient')}
              className="input input--select"
              value={draft.patientId}
              onChange={set('patientId')}
            >
              <option value="">{t('unitMessages.allPatients')}</option>
              {patients.map((patient) => (
                <option key={patient.personId} value={patient.personId}>
                  {patientLabel(t, patient, formatPersonId(patient.personId))}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor={field('type')}>{t('unitMessages.type')}</label>
            <select id={field('type')} className="input input--select" value={draft.type} onChange={set('type')}>
              <option value="">{t('unitMessages.allTypes')}</option>
              {types.map((summary) => (
                <option key={summary.type} value={summary.type}>
                  {summary.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor={field('answered')}>{t('unitMessages.answered')}</label>
            <select
              id={field('answered')}
              className="input input--select"
              value={draft.answered}
              onChange={set('answered')}
            >
              <option value="">{t('unitMessages.answeredAll')}</option>
              <option value="true">{t('unitMessages.answeredYes')}</option>
              <option value="false">{t('unitMessages.answeredNo')}</option>
            </select>
          </div>
          <div className="filters__buttons">
            <button type="submit" className="button" disabled={loading}>
              {t('unitMessages.apply')}
            </button>
            <button type="button" className="button button--secondary" onClick={reset}>
              {t('unitMessages.reset')}
            </button>
          </div>
        </form>
      </section>

      <section className="panel" aria-labelledby={field('list')}>
        <h2 id={field('list')} className="visually-hidden">
          {t('unitMessages.title')}
        </h2>
        <ErrorMessage error={error} />
        <p role="status">
          {items === undefined
            ? t('app.loading')
            : items.length === 0
              ? t('unitMessages.none')
              : nextCursor !== null
                ? t('unitMessages.countMore', { count: items.length })
                : items.length === 1
                  ? t('unitMessages.countOne')
                  : t('unitMessages.count', { count: items.length })}
        </p>
        {items !== undefined && items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('unitMessages.col.subject')}</th>
                  <th scope="col">{t('unitMessages.col.heading')}</th>
                  <th scope="col">{t('unitMessages.col.patient')}</th>
                  <th scope="col">{t('unitMessages.col.certificate')}</th>
                  <th scope="col">{t('unitMessages.col.received')}</th>
                  <th scope="col">{t('unitMessages.col.lastReplyDate')}</th>
                  <th scope="col">{t('unitMessages.col.answered')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const typeName = typeNames.get(item.certificate.type) ?? item.certificate.type;
                  return (
                    <tr key={item.id}>
                      <td>
                        <Link
                          to={`/certificates/${item.certificate.id}`}
                          aria-label={t('unitMessages.open', {
                            type: typeName,
                            patient: patientName(t, item.certificate.patient),
                          })}
                        >
                          {t(`subject.${item.subject}`)}
                        </Link>
                        {item.direction === 'fromCare' && (
                          <span className="muted"> ({t('unitMessages.careQuestion')})</span>
                        )}
                        {item.reminders > 0 && (
                          <span className="badge badge--warning">
                            {t('unitMessages.reminders', { count: item.reminders })}
                          </span>
                        )}
                      </td>
                      <td>{item.heading}</td>
                      <PatientCell patient={item.certificate.patient} />
                      <td>{typeName}</td>
                      <td>{formatInstant(item.createdAt, language)}</td>
                      <td>{item.lastReplyDate ?? ''}</td>
                      <td>{t(item.answered ? 'unitMessages.yes' : 'unitMessages.no')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {nextCursor !== null && (
          <button
            type="button"
            className="button button--secondary"
            disabled={loading}
            onClick={() => show(applied.current, nextCursor)}
          >
            {t('unitMessages.more')}
          </button>
        )}
      </section>
    </div>
  );
}
