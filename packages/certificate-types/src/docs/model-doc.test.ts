import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { lisjpV1 } from '../lisjp/1.2/model.js';
import { lisjpV2 } from '../lisjp/2.0/model.js';
import { docFileName, docFiles, indexDoc, modelDoc } from './model-doc.js';
import { sampleModel } from './test-support/sample-model.js';

const lines = (text: string): string[] => text.split('\n');

/** The lines of the section that starts with `heading`, up to the next heading. */
function section(text: string, heading: string): string[] {
  const all = lines(text);
  const start = all.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((line, i) => i > start && line.startsWith('#'));
  return all.slice(start, end < 0 ? undefined : end);
}

describe('modelDoc for lisjp 2.0', () => {
  const doc = modelDoc(lisjpV2);

  it('starts with the title block', () => {
    expect(lines(doc)[0]).toBe('# Läkarintyg för sjukpenning (lisjp 2.0)');
    expect(lines(doc)).toEqual(
      expect.arrayContaining([
        '| Blankett | FK 7804 |',
        '| Mottagare | Försäkringskassan (`FKASSA`) |',
        '| Version | `2.0` |',
        '| Gäller från | 2025-08-05 |',
        '| Typkod | `LISJP` |',
      ]),
    );
  });

  it('lists the categories in display order', () => {
    const categories = lines(doc).filter((line) => line.startsWith('## '));
    expect(categories.map((line) => line.split(' ')[1])).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `KAT\\_${i + 1}`),
      'UNIT\\_CONTACT\\_INFORMATION',
    ]);
  });

  it('describes a question with its facts and its rules in words and as written', () => {
    expect(section(doc, '#### 29 — Ange yrke och arbetsuppgifter')).toEqual([
      '#### 29 — Ange yrke och arbetsuppgifter',
      '',
      '- Typ: `textArea`',
      '- Fält-id: `29.1`',
      '- Gränser: högst 4000 tecken',
      '- Kopieras vid förnyelse: ja',
      '- Transport: svar `29`, delsvar `29.1`',
      '',
      'Regler:',
      '',
      "- Visas när: 'Nuvarande arbete' är valt — `$NUVARANDE_ARBETE`",
      "- Obligatorisk, besvarad när: 'Ange yrke och arbetsuppgifter' är ifylld — `$29.1`",
      '',
    ]);
  });

  it('shows limits, renewal, explicit transport mappings, options and help texts', () => {
    expect(section(doc, '#### 39.4 — Ange antal månader')).toEqual(
      expect.arrayContaining(['- Gränser: heltal 1–99', '- Kopieras vid förnyelse: nej']),
    );
    expect(section(doc, '#### 1.3 — Ange vad annat är')).toContain(
      '- Transport: svar `1`, delsvar `1.3`, i den instans av svaret vars kod är `ANNAT` (angiven i modellen)',
    );
    const grund = section(doc, '### 1 — Intyget är baserat på');
    expect(grund).toContain('- Gränser: datum senast idag');
    expect(grund).toContain('| `ANNAT` | `KV_FKMU_0001` | annat |');
    const nedsattning = section(doc, '### 32 — Min bedömning av patientens nedsättning av arbetsförmågan');
    expect(nedsattning).toContain('| `HALFTEN` | `KV_FKMU_0003` | 50 procent | 50 |');
    expect(nedsattning).toContain(
      '> Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till patientens normala arbetstid.',
    );
    expect(section(doc, '#### earlyStartDate')).toContain(
      "- Visas när: startdatum för '25 procent' (dagar från idag) < -7 eller startdatum för '50 procent' (dagar från idag) < -7 " +
        "eller startdatum för '75 procent' (dagar från idag) < -7 eller startdatum för '100 procent' (dagar från idag) < -7 — " +
        '`($EN_FJARDEDEL.from < -7) || ($HALFTEN.from < -7) || ($TRE_FJARDEDEL.from < -7) || ($HELT_NEDSATT.from < -7)`',
    );
  });
});

describe('modelDoc for lisjp 1.2', () => {
  const doc = modelDoc(lisjpV1);

  it('shows disabled options, Webcert-only fields and multi-line help texts', () => {
    expect(lines(doc)).toContain(
      "- Alternativet 'Inte aktuellt' är låst när: 'Arbetsträning', 'Arbetsanpassning', 'Söka nytt arbete', " +
        "'Besök på arbetsplatsen', 'Ergonomisk bedömning', 'Hjälpmedel', 'Konflikthantering', " +
        "'Kontakt med företagshälsovård', 'Omfördelning av arbetsuppgifter' eller 'Övrigt' är valt — " +
        '`$ARBETSTRANING || $ARBETSANPASSNING || $SOKA_NYTT_ARBETE || $BESOK_ARBETSPLATS || $ERGONOMISK || ' +
        '$HJALPMEDEL || $KONFLIKTHANTERING || $KONTAKT_FHV || $OMFORDELNING || $OVRIGA_ATGARDER`',
    );
    expect(lines(doc)).toContain('- Transport: skickas inte (ingår inte i transportformatet) (angiven i modellen)');
    expect(lines(doc)).toContain('> - avvikelser i somatiskt och psykiskt status');
    expect(lines(doc)).toContain(
      "- Visas när: 'min undersökning av patienten' är inte valt och ('min telefonkontakt med patienten', " +
        "'journaluppgifter från den' eller 'annat' är valt) — " +
        '`!$UNDERSOKNING && ($TELEFONKONTAKT || $JOURNALUPPGIFTER || $ANNAT)`',
    );
    expect(lines(doc)).toContain('| Textversion | `1.2` |');
  });
});

describe('modelDoc for other element kinds', () => {
  const doc = modelDoc(sampleModel);

  it('shows codes that differ from ids, exclusive options and diagnoses', () => {
    const sysselsattning = section(doc, '### 28 — Sysselsättning');
    expect(sysselsattning).toContain('| Id | Kod | Text |');
    expect(sysselsattning).toContain('| `STUDIER_A` | `STUDIER` | Studier |');
    expect(sysselsattning).toContain(
      "- Gränser: högst 2 val; kan inte kombineras med andra val: 'Arbetssökande - att utföra sådant arbete som är " +
        "normalt förekommande på arbetsmarknaden'",
    );
    expect(section(doc, '### 6 — Diagnos')).toEqual(
      expect.arrayContaining([
        '- Rader (fält-id): `huvuddiagnos`, `diagnos2`',
        '- Kodverk: ICD-10-SE (`ICD_10_SE`, `1.2.752.116.1.1.1`)',
        '- Gränser: högst 2 diagnoser; diagnosbeskrivning högst 81 tecken',
      ]),
    );
  });

  it('shows the range and required cells of a visual-acuity table', () => {
    expect(section(doc, '### 8 — Synskärpa')).toContain(
      "- Gränser: synskärpa 0–2; obligatoriska celler: 'Höger öga, Utan korrektion'",
    );
  });

  it('lists check rules under their element and in a table at the end', () => {
    expect(section(doc, '### 2 — Kännedom om patienten')).toContain(
      "- Kontroll `kannedomAfterUndersokning`, fel på fältet `2.1` när: datum för 'Kännedom om patienten' " +
        "(dagar från idag) > datum för 'Min undersökning' (dagar från idag) — `$2.1.days > $UNDERSOKNING.days`. " +
        'Meddelande: ”Kännedom kan inte vara senare än undersökningen.”',
    );
    expect(section(doc, '## Kontroller mellan frågor')).toContain(
      '| `kannedomAfterUndersokning` | `2` | `2.1` | Kännedom kan inte vara senare än undersökningen. |',
    );
  });

  it('leaves out a recipient and form id it does not have', () => {
    expect(lines(doc)).toEqual(expect.arrayContaining(['| Blankett | – |', '| Mottagare | – |']));
  });
});

describe('docFiles and indexDoc', () => {
  it('generates one file per model and an index linking to them', () => {
    const files = docFiles([lisjpV1, lisjpV2]);
    expect([...files.keys()]).toEqual(['lisjp-1.2.md', 'lisjp-2.0.md', 'README.md']);
    expect(lines(indexDoc([lisjpV1, lisjpV2]))).toEqual(
      expect.arrayContaining([
        '| `lisjp` | [1.2](lisjp-1.2.md) | Läkarintyg för sjukpenning | FK 7804 | Försäkringskassan | 2021-03-02 |',
        '| `lisjp` | [2.0](lisjp-2.0.md) | Läkarintyg för sjukpenning | FK 7804 | Försäkringskassan | 2025-08-05 |',
      ]),
    );
    expect(docFileName(sampleModel)).toBe('sample-1.0.md');
  });

  it('refuses two models that would write the same file', () => {
    expect(() => docFiles([lisjpV2, lisjpV2])).toThrow('Two models generate lisjp-2.0.md');
  });

  it('formats to a prettier fixed point, so prettier --check accepts the written docs', async () => {
    const options =
      (await resolveConfig(new URL('../../../../docs/certificate-types/README.md', import.meta.url))) ?? {};
    for (const [name, text] of docFiles([lisjpV1, lisjpV2, sampleModel])) {
      const once = await format(text, { ...options, filepath: name });
      expect(await format(once, { ...options, filepath: name }), name).toBe(once);
    }
  });
});
