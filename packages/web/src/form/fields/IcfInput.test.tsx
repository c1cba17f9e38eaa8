// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type Answers, type IcfCode, type IcfSupport } from '@intyg/core';
import { kitchenSinkModel, KITCHEN_SINK_TODAY } from '../../../../core/src/test-support/kitchen-sink-model.js';
import { stubFetch } from '../../test-support/stub-fetch.js';
import { renderForm } from '../test-support/render-form.js';

// The kitchen sink's question 23: ICF for functional impairment, from the diagnoses of 6, at most 3 codes.
const compiled = compileModel(kitchenSinkModel);
const COLLECTIONS_LABEL = 'Problem som påverkar patientens möjlighet att utföra sin sysselsättning:';

const code = (icf: string, title: string, kind: IcfCode['kind'] = 'central'): IcfCode => ({
  code: icf,
  title,
  description: `Beskrivning av ${title.toLowerCase()}`,
  includes: null,
  kind,
});
const SUPPORT: IcfSupport = {
  functionalImpairment: {
    common: [code('b134', 'Sömnfunktioner')],
    perDiagnosis: [
      {
        code: 'F321',
        title: 'Depressiv episod',
        central: [code('b130', 'Energi och driftfunktioner'), code('b152', 'Emotionella funktioner')],
        complementary: [code('b126', 'Temperament och personlighetsfunktioner', 'complementary')],
      },
      { code: 'M545', title: 'Akut lumbago', central: [code('b280', 'Smärtförnimmelse')], complementary: [] },
    ],
  },
  activityLimitation: { common: [], perDiagnosis: [] },
};
const TWO_DIAGNOSES: Answers = {
  '6': [
    { code: 'F321', description: 'Medelsvår depressiv episod', system: 'ICD_10_SE' },
    { code: 'M545', description: 'Lumbago', system: 'ICD_10_SE' },
  ],
};

function stubIcf(support: IcfSupport) {
  return stubFetch((url) =>
    url.pathname === '/api/icf' ? { body: support } : { status: 404, body: { code: 'NOT_FOUND', message: '' } },
  );
}

const icfButton = () => screen.getByRole('button', { name: 'Ta hjälp av ICF' });

/** Opens the picker once the offered codes have arrived. */
async function openPicker(): Promise<HTMLElement> {
  await waitFor(() => expect(icfButton().getAttribute('aria-disabled')).toBeNull());
  act(() => icfButton().focus());
  fireEvent.click(icfButton());
  const dialog = await screen.findByRole('dialog', { name: 'Välj ICF-kategorier' });
  await within(dialog).findByRole('checkbox', { name: 'b134 Sömnfunktioner' });
  return dialog;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the ICF question', () => {
  it('says why there is nothing to pick while no diagnosis is entered', () => {
    const asked = stubIcf(SUPPORT);
    renderForm(compiled, { today: KITCHEN_SINK_TODAY });
    const button = icfButton();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(
      'ICF-kategorier föreslås utifrån de diagnoser som är angivna. Ange en diagnoskod i ICD-10-SE först.',
    );
    fireEvent.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(asked).toEqual([]);
    // The text area is the question's own, with its live limit.
    expect(screen.getByRole('textbox', { name: /Ange vilken\/vilka funktionsnedsättningar/ })).toBeTruthy();
    expect(screen.getByText('0 av 200 tecken')).toBeTruthy();
  });

  it('says so when FMB offers no ICF codes for the diagnoses entered', async () => {
    stubIcf({ ...SUPPORT, functionalImpairment: { common: [], perDiagnosis: [] } });
    // Another code than the other tests use: answers are kept per set of codes for the page's life.
    renderForm(compiled, {
      today: KITCHEN_SINK_TODAY,
      answers: { '6': [{ code: 'J209', description: 'Akut bronkit, ospecificerad', system: 'ICD_10_SE' }] },
    });
    await waitFor(() => expect(icfButton().getAttribute('aria-disabled')).toBe('true'));
    expect(screen.getByText(/men FMB har inga för dem/)).toBeTruthy();
  });

  it('offers the codes of the entered diagnoses, common ones first, and adds the chosen as removable chips', async () => {
    const asked = stubIcf(SUPPORT);
    const form = renderForm(compiled, { today: KITCHEN_SINK_TODAY, answers: TWO_DIAGNOSES });
    const dialog = await openPicker();
    expect(asked.map((url) => url.searchParams.get('codes'))).toEqual(['F321,M545']);
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Välj enbart de problem som påverkar patienten.',
    );
    expect(
      within(dialog)
        .getAllByRole('group')
        .map((group) => group.querySelector('legend')?.textContent),
    ).toEqual([
      'Gemensamma ICF-kategorier för F32.1, M54.5',
      'Centrala ICF-kategorier',
      'Kompletterande ICF-kategorier',
      'Centrala ICF-kategorier',
    ]);
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['ICF-kategorier för F32.1 Depressiv episod', 'ICF-kategorier för M54.5 Akut lumbago']);

    // A description is one click away.
    const more = within(dialog).getByRole('button', { name: 'Visa beskrivning b130 Energi och driftfunktioner' });
    const description = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(description?.hidden).toBe(true);
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(description?.hidden).toBe(false);
    expect(description?.textContent).toContain('Beskrivning av energi och driftfunktioner');

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'b280 Smärtförnimmelse' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'b134 Sömnfunktioner' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lägg till' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(icfButton());
    expect(form.answers()['23']).toEqual({ text: '', icfCodes: ['b280', 'b134'] });
    const chips = screen.getByRole('list', { name: COLLECTIONS_LABEL });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['b280 Smärtförnimmelse×', 'b134 Sömnfunktioner×']);

    fireEvent.change(screen.getByRole('textbox', { name: /Ange vilken\/vilka funktionsnedsättningar/ }), {
      target: { value: 'Sover dåligt, ont i ryggen.' },
    });
    expect(form.answers()['23']).toEqual({ text: 'Sover dåligt, ont i ryggen.', icfCodes: ['b280', 'b134'] });

    fireEvent.click(within(chips).getByRole('button', { name: 'Ta bort b280 Smärtförnimmelse' }));
    expect(form.answers()['23']).toEqual({ text: 'Sover dåligt, ont i ryggen.', icfCodes: ['b134'] });
    // Focus goes to the chip that took the removed one's place.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ta bort b134 Sömnfunktioner' })),
    );
  });

  it('drops the choice on Escape and on Avbryt, and gives focus back to the button', async () => {
    stubIcf(SUPPORT);
    const form = renderForm(compiled, { today: KITCHEN_SINK_TODAY, answers: TWO_DIAGNOSES });
    let dialog = await openPicker();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'b130 Energi och driftfunktioner' }));
    fireEvent.keyDown(within(dialog).getByRole('checkbox', { name: 'b130 Energi och driftfunktioner' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(icfButton());
    expect(form.answers()['23']).toBeUndefined();

    dialog = await openPicker();
    expect(within(dialog).getByRole('checkbox', { name: 'b130 Energi och driftfunktioner' })).toHaveProperty(
      'checked',
      false,
    );
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'b152 Emotionella funktioner' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(form.answers()['23']).toBeUndefined();
  });

  it('keeps focus inside the dialog: Tab from the last control goes to the first, Shift+Tab back', async () => {
    stubIcf(SUPPORT);
    renderForm(compiled, { today: KITCHEN_SINK_TODAY, answers: TWO_DIAGNOSES });
    const dialog = await openPicker();
    // Opening puts focus on the dialog's heading, so the instruction and the list are read from the top.
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab', shiftKey: true });
    const cancel = within(dialog).getByRole('button', { name: 'Avbryt' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('checkbox', { name: 'b134 Sömnfunktioner' }));
  });

  it('allows no more codes than the question does', async () => {
    stubIcf(SUPPORT);
    renderForm(compiled, { today: KITCHEN_SINK_TODAY, answers: TWO_DIAGNOSES });
    const dialog = await openPicker();
    for (const name of ['b134 Sömnfunktioner', 'b130 Energi och driftfunktioner', 'b280 Smärtförnimmelse']) {
      fireEvent.click(within(dialog).getByRole('checkbox', { name }));
    }
    expect(within(dialog).getByText('Du har valt 3 kategorier, det högsta antalet.')).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'b152 Emotionella funktioner' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(dialog).getByRole('checkbox', { name: 'b134 Sömnfunktioner' })).toHaveProperty('disabled', false);
  });
});
