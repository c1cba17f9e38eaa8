import { useState } from 'react';
import { useT } from '../i18n/i18n.js';
import { helpDomId, labelDomId } from './dom-ids.js';

/**
 * The official help text of a question or category, one click away (as Webcert's question-mark help): a
 * disclosure button, described by the question it belongs to, that shows and hides the text below it.
 */
export function HelpText({ id, text }: { id: string; text: string | undefined }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!text) return null;
  const panelId = helpDomId(id);
  return (
    <div className="help">
      <button
        type="button"
        className="help__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={labelDomId(id)}
        onClick={() => setOpen((previous) => !previous)}
      >
        <span className="help__icon" aria-hidden="true">
          ?
        </span>
        {t('help.toggle')}
      </button>
      <div className="help__text" id={panelId} hidden={!open}>
        {text}
      </div>
    </div>
  );
}
