import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { formatPersonId } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { personIdEntry } from '../patients/person-id-entry.js';
import { PersonIdInput, useToday } from '../patients/PersonIdInput.js';

/** Sets one field of the filter being edited. */
export type SetField<F> = <K extends keyof F>(key: K, value: F[K]) => void;

/**
 * A list's filters as a form: the fields (`children`, given the filter being edited) and the patient's number,
 * applied together with "Filtrera" (a number that is not valid stops it and takes focus) and reset with "Rensa".
 * It starts from the filter the list shows (`applied`) and is mounted anew when that changes from elsewhere.
 */
export function FilterForm<F extends { readonly patient: string }>({
  applied,
  initial,
  onApply,
  children,
}: {
  applied: F;
  initial: F;
  onApply: (filter: F) => void;
  children: (draft: F, set: SetField<F>) => ReactNode;
}) {
  const t = useT();
  const today = useToday();
  const [draft, setDraft] = useState<F>(applied);
  const [patientText, setPatientText] = useState(applied.patient === '' ? '' : formatPersonId(applied.patient));
  const [submitted, setSubmitted] = useState(false);
  const patientInput = useRef<HTMLInputElement>(null);
  const set: SetField<F> = (key, value) => setDraft((current) => ({ ...current, [key]: value }));

  function apply(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const entry = personIdEntry(patientText, today, true);
    if (entry.kind === 'invalid') {
      patientInput.current?.focus();
      return;
    }
    onApply({ ...draft, patient: entry.kind === 'valid' ? entry.personId : '' });
  }

  function reset() {
    setDraft(initial);
    setPatientText('');
    setSubmitted(false);
    onApply(initial);
  }

  return (
    <form className="filters filters--list" onSubmit={apply} noValidate>
      {children(draft, set)}
      <PersonIdInput
        label={t('lists.filter.patient')}
        value={patientText}
        onChange={setPatientText}
        submitted={submitted}
        inputRef={patientInput}
      />
      <div className="filters__buttons">
        <button type="submit" className="button">
          {t('lists.filter.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          {t('lists.filter.reset')}
        </button>
      </div>
    </form>
  );
}
