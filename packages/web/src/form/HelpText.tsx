import { useT } from '../i18n/i18n.js';

/** The official help text, one click away (as Webcert's question-mark help). */
export function HelpText({ id, text }: { id: string; text: string | undefined }) {
  const t = useT();
  if (!text) return null;
  return (
    <details className="help" id={`help-${id}`}>
      <summary>{t('editor.help')}</summary>
      <p className="help__text">{text}</p>
    </details>
  );
}
