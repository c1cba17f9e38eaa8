import { useT } from '../i18n/i18n.js';
import type { SaveState } from './useCertificateEditor.js';

/** The autosave status line; polite live region so a screen reader hears "Sparat" without losing its place. */
export function SaveStatus({
  state,
  onRetry,
  onReload,
}: {
  state: SaveState;
  onRetry: () => void;
  onReload: () => void;
}) {
  const t = useT();
  if (state === 'conflict') {
    return (
      <div className="alert alert--warning" role="alert">
        <p>{t('editor.conflict')}</p>
        <button type="button" className="button" onClick={onReload}>
          {t('editor.reload')}
        </button>
      </div>
    );
  }
  return (
    <div className={`save-status save-status--${state}`}>
      <span role="status">{t(`editor.save.${state}`)}</span>
      {state === 'error' && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('editor.save.retry')}
        </button>
      )}
    </div>
  );
}
