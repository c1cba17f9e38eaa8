import type { MessageElement } from '@intyg/core';

/** An informational note a rule shows (e.g. "startar mer än 7 dagar bakåt i tiden"). */
export function MessageNote({ element }: { element: MessageElement }) {
  return (
    <div className={`note note--${element.level}`} role="note">
      {element.label && <p className="note__title">{element.label}</p>}
      <p>{element.content}</p>
    </div>
  );
}
