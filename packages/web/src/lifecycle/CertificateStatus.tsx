import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { replacedBy, type CompiledModel } from '@intyg/core';
import type { CertificateResponse } from '../api/types.js';
import { formatInstant, statusLabel } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { CertificateRelations, RelatedLink, WithLink } from './CertificateRelations.js';
import { recipientName } from './SendingStatus.js';

/** The status card's id: focus goes there after an action that changes the certificate in place. */
export const CERTIFICATE_STATUS_ID = 'certificate-status';

/**
 * Moves focus to the status card after the next render: after signing (the sign button is gone) and after an
 * action whose dialog closed and whose button is gone with the change (sent, revoked). The effect runs once the
 * dialog has closed and given focus back to its opener, so the card is not inert and keeps the focus.
 */
export function useFocusStatusAfterRender(): () => void {
  const wanted = useRef(false);
  useEffect(() => {
    if (!wanted.current) return;
    const card = document.getElementById(CERTIFICATE_STATUS_ID);
    if (card === null) return;
    wanted.current = false;
    card.focus();
  });
  return useCallback(() => {
    wanted.current = true;
  }, []);
}

/**
 * The status card of a certificate that is no longer an editable draft: its status and signature, and what
 * happened to it — revoked (reason, when, by whom, and whether its recipient is told), replaced (by which
 * certificate, prominently), locked (why, and what can still be done) — and its relations. `children` is the
 * action bar.
 */
export function CertificateStatus({
  certificate,
  compiled,
  children,
}: {
  certificate: CertificateResponse;
  compiled: CompiledModel;
  children?: ReactNode;
}) {
  const { t, language } = useI18n();
  const replacement = replacedBy(certificate.relations ?? []);
  const { revocation } = certificate;
  const tone =
    certificate.status === 'revoked'
      ? 'revoked'
      : replacement || certificate.status === 'lockedDraft'
        ? 'attention'
        : 'valid';
  return (
    <section
      id={CERTIFICATE_STATUS_ID}
      tabIndex={-1}
      className={`certificate-status certificate-status--${tone}`}
      aria-labelledby={`${CERTIFICATE_STATUS_ID}-title`}
    >
      <h2 id={`${CERTIFICATE_STATUS_ID}-title`} className="visually-hidden">
        {t('certificateStatus.title')}
      </h2>
      <div role="status">
        <p className="certificate-status__badge">
          {replacement && certificate.status !== 'revoked' ? t('status.replaced') : statusLabel(t, certificate)}
        </p>
        {certificate.signedAt && (
          <p>
            {t('signed.at', {
              time: formatInstant(certificate.signedAt, language),
              name: certificate.signedBy?.name ?? '',
            })}
          </p>
        )}
      </div>
      {revocation && (
        <div className="alert alert--error">
          <h3>{t('revoked.title')}</h3>
          <p>
            {t('revoked.at', { time: formatInstant(revocation.at, language), name: revocation.by.name })}{' '}
            {t('revoked.reason', { reason: t(`revoke.reason.${revocation.reason}`) })}
          </p>
          <p className="certificate-status__message">{t('revoked.message', { message: revocation.message })}</p>
          {certificate.sending?.state === 'delivered' && (
            <p>{t('revoked.recipientTold', { recipient: recipientName(certificate, compiled) })}</p>
          )}
          {certificate.sending === undefined && <p>{t('revoked.notSent')}</p>}
        </div>
      )}
      {replacement && (
        <div className="alert alert--warning">
          <h3>{t('replaced.title')}</h3>
          <p>
            <WithLink text={t('replaced.by')} link={<RelatedLink relation={replacement} />} />
          </p>
        </div>
      )}
      {certificate.status === 'lockedDraft' && (
        <div className="note note--observe">
          <p className="note__title">{t('locked.title')}</p>
          <p>{t('locked.why')}</p>
        </div>
      )}
      <CertificateRelations certificate={certificate} omit={replacement} />
      {children}
    </section>
  );
}
