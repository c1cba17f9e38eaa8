import type { LoginMethod, TestIdentity } from './identities.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const METHOD_HEADINGS: Record<LoginMethod, string> = {
  siths: 'SITHS-kort (vårdpersonal)',
  bankid: 'BankID (privatläkare och privatpersoner)',
};

/**
 * The development identity provider's login page: one button per test identity, grouped by method.
 * Plain HTML with no script, so it works and reads the same in any browser and screen reader.
 */
export function interactionPage(uid: string, identities: readonly TestIdentity[], methods: readonly LoginMethod[]) {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const sections = methods.map((method) => {
    const items = identities
      .filter((identity) => identity.method === method)
      .map(
        (identity) => `<li><form method="post" action="${action}/login">
<input type="hidden" name="accountId" value="${escapeHtml(identity.accountId)}">
<button type="submit">${escapeHtml(identity.name)}</button> <span>${escapeHtml(identity.description)}</span>
</form></li>`,
      )
      .join('\n');
    return `<section aria-labelledby="h-${method}"><h2 id="h-${method}">${escapeHtml(METHOD_HEADINGS[method])}</h2>
<ul>${items}</ul></section>`;
  });
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in – utvecklingsinloggning</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
ul{list-style:none;padding:0}li{margin:.4rem 0}button{font:inherit;padding:.3rem .8rem;cursor:pointer}
span{color:#444;margin-left:.5rem}</style></head>
<body><main>
<h1>Logga in</h1>
<p>Detta är en identitetsleverantör för utveckling och test. Välj en testidentitet att logga in som.</p>
${sections.join('\n')}
<form method="post" action="${action}/abort"><button type="submit">Avbryt inloggningen</button></form>
</main></body></html>`;
}
