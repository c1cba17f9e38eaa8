// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileModel } from '@intyg/core';
import { kitchenSinkModel, KITCHEN_SINK_TODAY } from '../../../../core/src/test-support/kitchen-sink-model.js';
import type { DiagnosisHit } from '../../api/decision-support.js';
import { fitText } from '../../format.js';
import { stubFetch } from '../../test-support/stub-fetch.js';
import { renderForm } from '../test-support/render-form.js';

const compiled = compileModel(kitchenSinkModel);

const hit = (code: string, displayCode: string, title: string): DiagnosisHit => ({
  code,
  displayCode,
  title,
  codeSystem: 'icd10se',
});
const RYGGVARK = [
  hit('M54', 'M54', 'Ryggvärk'),
  hit('M548', 'M54.8', 'Annan specificerad ryggvärk'),
  hit('M549', 'M54.9', 'Ryggvärk, ospecificerad'),
];

/** The diagnosis search of the server, by the query's text. */
function stubSearch(results: Record<string, { items: DiagnosisHit[]; delayMs?: number }>) {
  return stubFetch((url) => {
    if (url.pathname !== '/api/diagnoses') return { status: 404, body: { code: 'NOT_FOUND', message: 'Not here' } };
    const found = results[url.searchParams.get('q') ?? ''] ?? { items: [] };
    return { body: { items: found.items, more: false }, delayMs: found.delayMs };
  });
}

function typeInto(input: HTMLElement, text: string) {
  act(() => input.focus());
  fireEvent.change(input, { target: { value: text } });
}

const key = (input: HTMLElement, name: string, init: Record<string, unknown> = {}) =>
  fireEvent.keyDown(input, { key: name, ...init });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('diagnosis search in the diagnoses question', () => {
  it('suggests diagnoses by words of the title and picks one with the keyboard (WAI-ARIA combobox)', async () => {
    const asked = stubSearch({ ryggvärk: { items: RYGGVARK } });
    const form = renderForm(compiled, { today: KITCHEN_SINK_TODAY });
    const description = screen.getByRole('combobox', { name: 'Diagnos rad 1' });
    expect(description.getAttribute('aria-expanded')).toBe('false');

    typeInto(description, 'ryggvärk');
    // Typing updates the answer at once; the suggestions follow.
    expect(form.answers()['6']).toEqual([{ code: '', description: 'ryggvärk', system: 'ICD_10_SE' }]);
    const list = await screen.findByRole('listbox', { name: 'Förslag på diagnoser' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['M54 Ryggvärk', 'M54.8 Annan specificerad ryggvärk', 'M54.9 Ryggvärk, ospecificerad']);
    expect(asked.filter((url) => url.pathname === '/api/diagnoses').map((url) => url.pathname + url.search)).toEqual([
      '/api/diagnoses?q=ryggv%C3%A4rk&system=icd10se&limit=10',
    ]);
    expect(description.getAttribute('aria-expanded')).toBe('true');
    expect(description.getAttribute('aria-controls')).toBe(list.id);
    expect(screen.getByText('3 förslag. Välj med pil upp och ned och tryck Enter.')).toBeTruthy();

    key(description, 'ArrowDown');
    key(description, 'ArrowDown');
    const active = screen.getByRole('option', { name: 'M54.8 Annan specificerad ryggvärk' });
    expect(description.getAttribute('aria-activedescendant')).toBe(active.id);
    expect(active.getAttribute('aria-selected')).toBe('true');
    key(description, 'ArrowUp');
    key(description, 'ArrowUp');
    // Up from the first wraps to the last.
    expect(description.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: 'M54.9 Ryggvärk, ospecificerad' }).id,
    );
    key(description, 'Enter');

    expect(form.answers()['6']).toEqual([
      { code: 'M549', description: 'Ryggvärk, ospecificerad', system: 'ICD_10_SE' },
    ]);
    expect((screen.getByRole('combobox', { name: 'Diagnoskod rad 1' }) as HTMLInputElement).value).toBe('M549');
    expect(description.getAttribute('aria-expanded')).toBe('false');
    expect(description.getAttribute('aria-activedescendant')).toBeNull();
    expect(document.activeElement).toBe(description);
  });

  it('searches by code as typed (the server ignores case), keeps the code in capitals, closes on Escape', async () => {
    const asked = stubSearch({ f321: { items: [hit('F321', 'F32.1', 'Medelsvår depressiv episod')] } });
    const form = renderForm(compiled, { today: KITCHEN_SINK_TODAY });
    const code = screen.getByRole('combobox', { name: 'Diagnoskod rad 1' });
    typeInto(code, 'f321');
    expect(form.answers()['6']).toEqual([{ code: 'F321', description: '', system: 'ICD_10_SE' }]);
    await screen.findByRole('option', { name: 'F32.1 Medelsvår depressiv episod' });
    expect(asked[0]?.searchParams.get('q')).toBe('f321');

    key(code, 'Escape');
    expect(code.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    // Down opens the suggestions again, on the first.
    key(code, 'ArrowDown');
    const option = screen.getByRole('option', { name: 'F32.1 Medelsvår depressiv episod' });
    expect(code.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.click(option);
    expect(form.answers()['6']).toEqual([
      { code: 'F321', description: 'Medelsvår depressiv episod', system: 'ICD_10_SE' },
    ]);
  });

  it('keeps only the answer to the latest text when an earlier one arrives later', async () => {
    stubSearch({
      ryg: { items: [hit('R99', 'R99', 'Stale answer')], delayMs: 250 },
      ryggvärk: { items: RYGGVARK },
    });
    renderForm(compiled, { today: KITCHEN_SINK_TODAY });
    const description = screen.getByRole('combobox', { name: 'Diagnos rad 1' });
    typeInto(description, 'ryg');
    // Past the debounce, so "ryg" is asked for and its answer is on its way.
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    fireEvent.change(description, { target: { value: 'ryggvärk' } });
    await screen.findByRole('option', { name: 'M54 Ryggvärk' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.queryByRole('option', { name: 'R99 Stale answer' })).toBeNull();
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(3);
  });

  it('searches the code system the rows use, and says when nothing matched', async () => {
    const asked = stubSearch({});
    renderForm(compiled, { today: KITCHEN_SINK_TODAY });
    fireEvent.click(screen.getByRole('radio', { name: 'KSH97-P (Primärvård)' }));
    typeInto(screen.getByRole('combobox', { name: 'Diagnos rad 1' }), 'xyzzy');
    expect(await screen.findByText('Ingen diagnos hittades.')).toBeTruthy();
    expect(asked[0]?.searchParams.get('system')).toBe('ksh97p');
  });

  it('cuts a long title to the description limit at a word', () => {
    const title = 'Andra febersjukdomar orsakade av virus överförda av leddjur, som ej klassificeras på annan plats';
    const fitted = fitText(title, 81);
    expect(fitted.length).toBeLessThanOrEqual(81);
    expect(fitted).toBe('Andra febersjukdomar orsakade av virus överförda av leddjur, som ej…');
    expect(fitText('Kort titel', 81)).toBe('Kort titel');
  });
});
