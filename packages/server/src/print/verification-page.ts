/**
 * The verification page a printout's QR code opens: plain server-rendered HTML in Swedish, no script,
 * no login. It shows what `Verification` holds and nothing else.
 */
import type { Verification } from './verification.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1e23}
main{max-width:36rem;margin:3rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px}
h1{font-size:1.4rem;margin-top:0}dt{font-weight:600;margin-top:.8rem}dd{margin:0}
.ok{color:#0b6b2e}.bad{color:#a30d0d;font-weight:600}.note{font-size:.9rem;color:#4a4f57;margin-top:1.5rem}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${body}
<p class="note">Sidan visar inga uppgifter om patienten eller om hälsotillstånd. Jämför med det utskrivna intyget.</p>
</main></body>
</html>
`;
}

export function verificationPage(verification: Verification): string {
  const signature = verification.signatureValid
    ? '<dd class="ok">Giltig: intyget är signerat och har inte ändrats sedan dess.</dd>'
    : '<dd class="bad">Kan inte bekräftas: signaturen är inte giltig för det här intyget.</dd>';
  const revoked = verification.revoked ? '<p class="bad">Intyget är makulerat och gäller inte längre.</p>' : '';
  return page(
    'Kontroll av intyg',
    `<dl>
<dt>Intyg</dt><dd>${escapeHtml(verification.typeName)}</dd>
<dt>Utfärdat</dt><dd>${escapeHtml(verification.signedDate)}</dd>
<dt>Signatur</dt>${signature}
</dl>
${revoked}`,
  );
}

export function unknownCertificatePage(): string {
  return page(
    'Intyget hittades inte',
    '<p class="bad">Det finns inget utfärdat intyg med den adressen. Kontrollera att hela adressen kom med.</p>',
  );
}
