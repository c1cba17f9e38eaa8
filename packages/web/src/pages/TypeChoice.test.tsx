import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CertificateTypeSummary } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { TypeChoice } from './TypeChoice.js';

const summary = (type: string, name: string, formId?: string): CertificateTypeSummary => ({
  type,
  version: '1.0',
  canCreateDraft: true,
  name,
  description: `Beskrivning av ${name}.`,
  ...(formId ? { formId } : {}),
});

const render = (types: CertificateTypeSummary[] | undefined, chosen = '') =>
  renderToStaticMarkup(
    <I18nProvider>
      <TypeChoice types={types} chosen={chosen} onChoose={() => undefined} />
    </I18nProvider>,
  );

describe('TypeChoice', () => {
  it('lists every type as a radio button with its name, form id and description', () => {
    const types = Array.from({ length: 9 }, (_, i) => summary(`t${i}`, `Intyg ${i}`, i % 2 ? `FK 70${i}` : undefined));
    const html = render(types, 't3');
    expect(html).toMatch(/^<fieldset class="type-choice"><legend>Intygstyp<\/legend>/);
    const radios = [...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)].map((m) => m[0]);
    expect(radios).toHaveLength(9);
    for (const [index, radio] of radios.entries()) {
      const id = /\sid="([^"]+)"/.exec(radio)?.[1] ?? '';
      const describedBy = /aria-describedby="([^"]+)"/.exec(radio)?.[1] ?? '';
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${describedBy}">Beskrivning av Intyg ${index}.</p>`);
      expect(radio).toContain(`value="t${index}"`);
    }
    expect(radios[3]).toContain('checked=""');
    expect(html).toContain(
      '<span class="type-option__name">Intyg 3</span><span class="type-option__form"> (FK 703)</span>',
    );
  });

  it('says so when there is no type, but not while the list is loading', () => {
    expect(render([])).toContain('Det finns inga intygstyper att välja.');
    expect(render(undefined)).not.toContain('Det finns inga');
  });
});
