import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { stockholmDate, type CertificateStatus, type RelatedCertificate } from '@intyg/core';
import type { CertificateResponse } from '../api/types.js';
import { useT, type Translate } from '../i18n/i18n.js';
import { useCertificateTypes } from './certificate-types.js';

const isDraft = (status: CertificateStatus) => status === 'draft' || status === 'lockedDraft';

function otherKey(status: CertificateStatus) {
  if (status === 'draft' || status === 'lockedDraft' || status === 'revoked')
    return `relations.other.${status}` as const;
  return 'relations.other.signed' as const;
}

/** "intyget Läkarintyg för sjukpenning (signerat 2025-10-01)" as a link to that certificate. */
export function RelatedLink({ relation }: { relation: RelatedCertificate }) {
  const t = useT();
  const types = useCertificateTypes();
  const instant = isDraft(relation.status) ? relation.createdAt : (relation.signedAt ?? relation.createdAt);
  return (
    <Link to={`/certificates/${encodeURIComponent(relation.certificateId)}`}>
      {t(otherKey(relation.status), {
        type: types.get(relation.type)?.name ?? relation.type,
        date: stockholmDate(new Date(instant)),
      })}
    </Link>
  );
}

/** A translated sentence with a link where its `{link}` placeholder is. */
export function WithLink({ text, link }: { text: string; link: ReactNode }) {
  const [before, after = ''] = text.split('{link}');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

function sentence(t: Translate, certificate: CertificateResponse, relation: RelatedCertificate): string {
  const subject = t(isDraft(certificate.status) ? 'relations.thisDraft' : 'relations.thisCertificate');
  const key =
    relation.direction === 'parent'
      ? (`relations.parent.${relation.kind}` as const)
      : isDraft(relation.status)
        ? (`relations.childDraft.${relation.kind}` as const)
        : (`relations.child.${relation.kind}` as const);
  return t(key, { subject });
}

/**
 * How the certificate relates to others (domain.md §2.1 Relations), one sentence each with a link to the other:
 * "Det här utkastet förnyar intyget … (signerat 2025-10-01)", "Det här intyget har kompletterats med …".
 * `omit` is one shown elsewhere (the replacement, which the status shows prominently).
 */
export function CertificateRelations({
  certificate,
  omit,
}: {
  certificate: CertificateResponse;
  omit?: RelatedCertificate;
}) {
  const t = useT();
  const relations = (certificate.relations ?? []).filter((relation) => relation !== omit);
  if (relations.length === 0) return null;
  return (
    <ul className="relations" aria-label={t('relations.title')}>
      {relations.map((relation) => (
        <li key={`${relation.kind}-${relation.direction}-${relation.certificateId}`}>
          <WithLink text={sentence(t, certificate, relation)} link={<RelatedLink relation={relation} />} />
        </li>
      ))}
    </ul>
  );
}
