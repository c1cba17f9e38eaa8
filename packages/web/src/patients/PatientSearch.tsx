import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.js';
import { listsApi } from '../api/certificate-lists.js';
import { useT } from '../i18n/i18n.js';
import { ErrorMessage } from '../pages/ErrorMessage.js';
import { personIdEntry } from './person-id-entry.js';
import { PersonIdInput, useToday } from './PersonIdInput.js';

/** The URL of a patient's page. */
export const patientPath = (personId: string) => `/patients/${encodeURIComponent(personId)}`;

/**
 * "Sök patient": a personal identity or coordination number, checked as typed, then the population registry's
 * answer. A person it knows opens the patient page (which gets the answer along, so the lookup is made and
 * logged once); an unknown one is said here, beside the number.
 */
export function PatientSearch({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const today = useToday();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function search(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setError(undefined);
    const entry = personIdEntry(text, today, true);
    if (entry.kind !== 'valid') {
      input.current?.focus();
      return;
    }
    setSearching(true);
    try {
      const patient = await listsApi.patient(entry.personId);
      navigate(patientPath(patient.personId), { state: { patient } });
    } catch (cause) {
      setError(cause);
      setSearching(false);
      input.current?.focus();
    }
  }

  const notFound = error instanceof ApiError && error.code === 'PATIENT_NOT_FOUND';
  return (
    <section className="patient-search" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('patientSearch.title')}</Heading>
      <form
        className="patient-search__form"
        role="search"
        aria-labelledby={`${id}-heading`}
        onSubmit={search}
        noValidate
      >
        <PersonIdInput
          label={t('patientSearch.label')}
          value={text}
          onChange={(value) => {
            setText(value);
            setError(undefined);
          }}
          submitted={submitted}
          inputRef={input}
        >
          <button type="submit" className="button" disabled={searching}>
            {searching ? t('patientSearch.searching') : t('patientSearch.submit')}
          </button>
        </PersonIdInput>
      </form>
      {notFound ? (
        <p className="alert alert--warning" role="alert">
          {t('patientSearch.notFound')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
    </section>
  );
}
