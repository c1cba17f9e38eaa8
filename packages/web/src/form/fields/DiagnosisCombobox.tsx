import { useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import type { DiagnosisCodeSystem, DiagnosisHit } from '../../api/decision-support.js';
import { useDiagnosisSearch } from '../../decision-support/useDiagnosisSearch.js';
import { useT, type Translate } from '../../i18n/i18n.js';

type PassedInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'onKeyDown' | 'onBlur' | 'onFocus' | 'role' | 'type'
>;

/**
 * A text input that suggests diagnoses as the user types: the WAI-ARIA 1.2 combobox pattern with a listbox
 * popup and manual selection (aria-activedescendant; focus stays in the input). Down/Up move through the
 * suggestions (Down opens them, Alt+Down only opens), Enter picks, Escape and Tab close. The input is the
 * caller's controlled value; typing updates it at once and the search follows in the background.
 */
export function DiagnosisCombobox({
  id,
  value,
  system,
  onType,
  onPick,
  inputProps,
}: {
  id: string;
  value: string;
  /** The code system to search in; undefined switches suggestions off. */
  system: DiagnosisCodeSystem | undefined;
  /** What the user typed. */
  onType: (text: string) => void;
  onPick: (hit: DiagnosisHit) => void;
  inputProps?: PassedInputProps;
}) {
  const t = useT();
  const search = useDiagnosisSearch(system);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${index}`;
  const { hits } = search;
  const expanded = open && focused && hits.length > 0;
  const status = focused && open ? searchStatusText(search, t) : '';

  useEffect(() => {
    if (!expanded || active < 0) return;
    const option = listRef.current?.children[active];
    if (option instanceof HTMLElement && typeof option.scrollIntoView === 'function') {
      option.scrollIntoView({ block: 'nearest' });
    }
  }, [expanded, active]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (hit: DiagnosisHit) => {
    onPick(hit);
    close();
    search.clear();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else if (!event.altKey) setActive((active + 1) % count);
        return;
      case 'ArrowUp':
        if (!expanded) return;
        event.preventDefault();
        setActive(active <= 0 ? count - 1 : active - 1);
        return;
      case 'Enter': {
        const hit = expanded ? hits[active] : undefined;
        if (!hit) return;
        event.preventDefault();
        pick(hit);
        return;
      }
      case 'Escape':
        if (!expanded) return;
        // The popup closes; nothing around it (a dialog, say) should react to the same key.
        event.preventDefault();
        event.stopPropagation();
        close();
        return;
      case 'Tab':
        close();
        return;
    }
  };

  return (
    <div className="combo">
      <input
        {...inputProps}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          onType(event.target.value);
          search.search(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          close();
        }}
      />
      <ul
        className="combo__list"
        id={listId}
        role="listbox"
        ref={listRef}
        hidden={!expanded}
        aria-label={t('diagnosisSearch.suggestions')}
      >
        {hits.map((hit, index) => (
          <li
            key={`${hit.codeSystem}|${hit.code}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`combo__option${index === active ? ' combo__option--active' : ''}`}
            // Keeps focus in the input, so the click picks and the user types on.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(hit)}
          >
            <span className="combo__code">{hit.displayCode}</span> <span>{hit.title}</span>
          </li>
        ))}
      </ul>
      {/* Always rendered, so that screen readers announce its changes; shown when there is nothing to pick. */}
      <p className={status !== '' && hits.length === 0 ? 'combo__empty' : 'visually-hidden'} role="status">
        {status}
      </p>
    </div>
  );
}

/** What the polite status says after a search: how many suggestions, or none. */
function searchStatusText(search: { status: string; hits: readonly unknown[]; more: boolean }, t: Translate): string {
  if (search.status === 'error') return t('diagnosisSearch.failed');
  if (search.status !== 'done') return '';
  if (search.hits.length === 0) return t('diagnosisSearch.none');
  const count = t('diagnosisSearch.count', { count: search.hits.length });
  return search.more ? `${count} ${t('diagnosisSearch.more')}` : count;
}
