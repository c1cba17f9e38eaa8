/**
 * Server-rendered HTML for the recipients' page: Swedish, no script, one small style sheet. Every text that
 * comes from data goes through `esc`; the layout gives each page a language, a title, one h1 and a main
 * landmark, so that it reads well with a screen reader and works without JavaScript.
 */
import { stockholmDateTime } from '@intyg/core';

export const esc = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** An instant (ISO) as Stockholm wall-clock time, "2024-03-20 14:05". */
export function localTime(iso: string | null): string {
  if (iso === null) return '';
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : stockholmDateTime(instant).slice(0, 16).replace('T', ' ');
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1e23;line-height:1.45}
header{background:#1b3a5c;color:#fff;padding:1rem 2rem}header a{color:#fff}
main{max-width:72rem;margin:1.5rem auto;padding:0 1.5rem}section{background:#fff;border-radius:8px;padding:1rem 1.5rem;margin-bottom:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600;padding:.4rem 0}
th,td{border-bottom:1px solid #d5d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
a{color:#0b4f8a}.revoked{color:#a30d0d;font-weight:600}.muted{color:#4a4f57}
.errors{border:2px solid #a30d0d;padding:.5rem 1rem;margin-bottom:1rem}.error{color:#a30d0d;font-weight:600}
.notice{border:2px solid #0b6b2e;padding:.5rem 1rem;margin-bottom:1rem}
fieldset{border:1px solid #d5d9e0;margin:0 0 1rem;padding:.5rem 1rem}legend{font-weight:600}
label{display:block;font-weight:600;margin-top:.6rem}.option label{display:inline;font-weight:400}
input[type=text],textarea,select{width:100%;max-width:40rem;padding:.3rem;font:inherit}textarea{min-height:6rem}
.question{margin:.4rem 0 .8rem}button{margin-top:1rem;padding:.5rem 1.2rem;font:inherit}
:focus-visible{outline:3px solid #f0a800;outline-offset:2px}`;

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)} – simulerade mottagare</title><style>${STYLE}</style></head>
<body>
<header><p><a href="/">Simulerade mottagare</a>: Försäkringskassan och Transportstyrelsen i testmiljön</p></header>
<main>
<h1>${esc(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** A table with a caption and column headers; `rows` are already escaped cells. */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((header) => `<th scope="col">${esc(header)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead>\n<tbody>${body}</tbody></table>`;
}
