import { useT } from '../i18n/i18n.js';
import { useCertificateTypes } from '../lifecycle/certificate-types.js';
import { SelectField } from './filter-fields.js';

/** The type filter of a list: every type the unit may have certificates of (older types too), by name. */
export function TypeSelect({ value, onChange }: { value: string; onChange: (type: string) => void }) {
  const t = useT();
  const types = useCertificateTypes();
  const options = [
    { value: '', label: t('lists.filter.allTypes') },
    ...[...types.values()].map((summary) => ({
      value: summary.type,
      label: summary.formId ? `${summary.name} (${summary.formId})` : summary.name,
    })),
  ];
  return <SelectField label={t('lists.filter.type')} value={value} options={options} onChange={onChange} />;
}

/** An author or signer filter: "everyone" and each person, by name. */
export function PersonSelect({
  label,
  people,
  value,
  onChange,
}: {
  label: string;
  people: readonly { readonly userId: string; readonly name: string }[];
  value: string;
  onChange: (userId: string) => void;
}) {
  const t = useT();
  const options = [
    { value: '', label: t('lists.filter.everyone') },
    ...people.map((person) => ({ value: person.userId, label: person.name })),
  ];
  return <SelectField label={label} value={value} options={options} onChange={onChange} />;
}
