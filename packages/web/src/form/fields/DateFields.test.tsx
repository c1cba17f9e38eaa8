// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileModel } from '@intyg/core';
import { kitchenSinkModel, KITCHEN_SINK_TODAY } from '../../../../core/src/test-support/kitchen-sink-model.js';
import { stubFetch } from '../../test-support/stub-fetch.js';
import { newKindsModel, NEW_KINDS_TODAY } from '../test-support/new-kinds-model.js';
import { renderForm } from '../test-support/render-form.js';

// The kitchen sink's question 7 (sick-leave periods) and 15 (a date, not after today); today is 2025-03-15.
const sink = compileModel(kitchenSinkModel);
const grade = (name: string) => screen.getByRole('group', { name });
const from = (row: HTMLElement) => within(row).getByLabelText('Från') as HTMLInputElement;
const to = (row: HTMLElement) => within(row).getByLabelText('Till') as HTMLInputElement;

/** Types `text` into `input` and leaves it, as a user tabbing on. */
function typeAndLeave(input: HTMLInputElement, text: string) {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

const total = () => screen.getByText(/^Sjukskrivning totalt/);

beforeEach(() => stubFetch(() => ({ status: 404, body: { code: 'NOT_FOUND', message: 'none' } })));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('sick-leave periods', () => {
  it('are text fields with a visible format hint that also tells how an end date counts', () => {
    renderForm(sink, { today: KITCHEN_SINK_TODAY });
    const half = grade('50 procent');
    expect(from(half).type).toBe('text');
    const hint = (input: HTMLElement) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' | ');
    expect(hint(from(half))).toBe('ÅÅÅÅ-MM-DD, eller till exempel idag, igår, +7, -3, 2v, 1m');
    expect(hint(to(half))).toMatch(/ \| I slutdatumet räknas 14, 2v och 1m som periodens längd från startdatumet/);
  });

  it('take idag in a from-field and +13 in a to-field counted from the from-date, with the days shown', () => {
    const form = renderForm(sink, { today: KITCHEN_SINK_TODAY });
    const half = grade('50 procent');
    typeAndLeave(from(half), 'idag');
    typeAndLeave(to(half), '+13');
    expect(from(half).value).toBe('2025-03-15');
    expect(to(half).value).toBe('2025-03-28');
    expect(form.answers()['7']).toEqual([{ code: 'HALFTEN', from: '2025-03-15', to: '2025-03-28' }]);
    expect(within(half).getByText('14 dagar')).toBeTruthy();
    // The day count describes the to-field, so it is heard there.
    expect(to(half).getAttribute('aria-describedby')).toContain('f-HALFTEN-days');
    expect(total().textContent).toBe('Sjukskrivning totalt: 14 dagar (2025-03-15 – 2025-03-28)');
    expect(total().getAttribute('role')).toBe('status');
    // What a shorthand became is said politely as well.
    expect(
      within(half)
        .getAllByRole('status')
        .map((status) => status.textContent),
    ).toContain('”+13” blev 2025-03-28.');
  });

  it('take a length in weeks in a to-field, counting the from-day, after the first period', () => {
    const form = renderForm(sink, {
      today: KITCHEN_SINK_TODAY,
      answers: { '7': [{ code: 'HALFTEN', from: '2025-03-15', to: '2025-03-28' }] },
    });
    const full = grade('100 procent');
    // Ticking a grade proposes the day after the latest period as its start.
    fireEvent.click(within(full).getByRole('checkbox'));
    expect(from(full).value).toBe('2025-03-29');
    typeAndLeave(to(full), '2v');
    expect(to(full).value).toBe('2025-04-11');
    expect(within(full).getByText('14 dagar')).toBeTruthy();
    expect(form.answers()['7']).toEqual([
      { code: 'HALFTEN', from: '2025-03-15', to: '2025-03-28' },
      { code: 'HELT_NEDSATT', from: '2025-03-29', to: '2025-04-11' },
    ]);
    expect(total().textContent).toBe('Sjukskrivning totalt: 28 dagar (2025-03-15 – 2025-04-11)');
  });

  it('count a complete date as soon as it is typed, and turn a shorthand into its date on Enter', () => {
    const form = renderForm(sink, { today: KITCHEN_SINK_TODAY });
    const quarter = grade('25 procent');
    fireEvent.change(from(quarter), { target: { value: '2025-03-17' } });
    fireEvent.change(to(quarter), { target: { value: '2025-03-2' } });
    expect(form.answers()['7']).toEqual([{ code: 'EN_FJARDEDEL', from: '2025-03-17', to: '' }]);
    fireEvent.change(to(quarter), { target: { value: '2025-03-23' } });
    expect(within(quarter).getByText('7 dagar')).toBeTruthy();
    fireEvent.change(to(quarter), { target: { value: '1m' } });
    fireEvent.keyDown(to(quarter), { key: 'Enter' });
    expect(to(quarter).value).toBe('2025-04-16');
    expect(within(quarter).getByText('31 dagar')).toBeTruthy();
  });

  it('keep what cannot be read as typed, marked invalid with a message tied to the field', () => {
    const form = renderForm(sink, { today: KITCHEN_SINK_TODAY });
    const half = grade('50 procent');
    typeAndLeave(from(half), 'nästa vecka');
    expect(from(half).value).toBe('nästa vecka');
    expect(from(half).getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById('f-HALFTEN_from-unreadable');
    expect(message?.textContent).toBe(
      'Datumet kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD (till exempel 2025-03-15) eller som idag, +7 eller 2v.',
    );
    expect(from(half).getAttribute('aria-describedby')?.split(' ')).toContain('f-HALFTEN_from-unreadable');
    // The form holds the text too, so the draft saved and validated is what the user sees.
    expect(form.answers()['7']).toEqual([{ code: 'HALFTEN', from: 'nästa vecka', to: '' }]);
    typeAndLeave(from(half), '+1');
    expect(from(half).getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('f-HALFTEN_from-unreadable')).toBeNull();
    expect(from(half).value).toBe('2025-03-16');
  });

  it('total the days covered, overlaps once, and name the calendar days when there is a break', () => {
    renderForm(sink, {
      today: KITCHEN_SINK_TODAY,
      answers: {
        '7': [
          { code: 'HALFTEN', from: '2025-03-01', to: '2025-03-10' },
          { code: 'HELT_NEDSATT', from: '2025-03-21', to: '2025-03-30' },
        ],
      },
    });
    expect(total().textContent).toBe(
      'Sjukskrivning totalt: 20 dagar inom 30 kalenderdagar, med uppehåll (2025-03-01 – 2025-03-30)',
    );
    typeAndLeave(to(grade('50 procent')), '2025-03-25');
    expect(total().textContent).toBe('Sjukskrivning totalt: 30 dagar (2025-03-01 – 2025-03-30)');
  });

  it('say nothing in total until a period is complete', () => {
    renderForm(sink, {
      today: KITCHEN_SINK_TODAY,
      answers: { '7': [{ code: 'HALFTEN', from: '2025-03-15', to: '' }] },
    });
    expect(screen.queryByText(/^Sjukskrivning totalt/)).toBeNull();
    expect(within(grade('50 procent')).queryByText(/dag/)).toBeNull();
  });
});

describe('other date fields', () => {
  it('take igår in a single date field, from today', () => {
    const form = renderForm(sink, { today: KITCHEN_SINK_TODAY });
    const date = screen.getByLabelText(/^Datum för undersökning/) as HTMLInputElement;
    expect(date.type).toBe('text');
    typeAndLeave(date, 'igår');
    expect(form.answers()['15']).toBe('2025-03-14');
    typeAndLeave(date, '');
    expect(form.answers()['15']).toBeUndefined();
  });

  it('take a length in a date range’s end date, counted from its start date', () => {
    const form = renderForm(compileModel(newKindsModel), { today: NEW_KINDS_TODAY });
    const period = screen.getByRole('group', { name: /^Period då arbetsförmågan bedöms vara nedsatt/ });
    typeAndLeave(within(period).getByLabelText('Fr.o.m') as HTMLInputElement, '2025-06-16');
    typeAndLeave(within(period).getByLabelText('T.o.m') as HTMLInputElement, '14');
    expect(form.answers()['PERIOD']).toEqual({ from: '2025-06-16', to: '2025-06-29' });
  });

  it('take a shorthand in a date-list row, from today', () => {
    const form = renderForm(sink, { today: KITCHEN_SINK_TODAY });
    typeAndLeave(screen.getByLabelText('Datum min telefonkontakt med patienten') as HTMLInputElement, '-3');
    expect(form.answers()['4']).toEqual([{ code: 'TELEFONKONTAKT', date: '2025-03-12' }]);
  });
});
