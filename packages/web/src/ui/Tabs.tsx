import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem {
  /** Stable key of the tab (e.g. a diagnosis code). */
  readonly key: string;
  readonly label: ReactNode;
  readonly panel: ReactNode;
}

/**
 * Tabs after WAI-ARIA APG "Tabs with automatic activation": one tab stop; Left/Right (wrapping), Home and End
 * move focus and select. When the selected tab goes away (its item is removed), the first is selected.
 */
export function Tabs({ label, items }: { label: string; items: readonly TabItem[] }) {
  const id = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = Math.max(
    0,
    items.findIndex((item) => item.key === chosen),
  );
  const selected = items[selectedIndex];
  if (!selected) return null;
  const tabId = (index: number) => `${id}-tab-${index}`;
  const panelId = `${id}-panel`;

  const select = (index: number) => {
    const item = items[index];
    if (!item) return;
    setChosen(item.key);
    tabs.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const last = items.length - 1;
    const next: Record<string, number> = {
      ArrowRight: selectedIndex === last ? 0 : selectedIndex + 1,
      ArrowLeft: selectedIndex === 0 ? last : selectedIndex - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label}>
        {items.map((item, index) => (
          <button
            key={item.key}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            id={tabId(index)}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={index === selectedIndex}
            aria-controls={index === selectedIndex ? panelId : undefined}
            tabIndex={index === selectedIndex ? 0 : -1}
            onClick={() => select(index)}
            onKeyDown={onKeyDown}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div className="tabs__panel" role="tabpanel" id={panelId} aria-labelledby={tabId(selectedIndex)} tabIndex={0}>
        {selected.panel}
      </div>
    </div>
  );
}
