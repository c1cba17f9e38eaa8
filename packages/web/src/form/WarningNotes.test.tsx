// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compileModel } from '@intyg/core';
import { kitchenSinkModel, KITCHEN_SINK_TODAY } from '../../../core/src/test-support/kitchen-sink-model.js';
import type { CertificateWarning } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { elementDomId } from './dom-ids.js';
import { renderForm } from './test-support/render-form.js';
import { WarningAnnouncer } from './WarningNotes.js';

const compiled = compileModel(kitchenSinkModel);

const FMB_TEXT =
  'Den föreslagna sjukskrivningsperioden är längre än FMBs rekommendation på 14 dagar (2 veckor) för diagnosen M54.5. Ange en motivering för att underlätta Försäkringskassans handläggning.';
const fmbWarning = (pointsTo?: string): CertificateWarning => ({
  ruleId: 'fmb.sickLeaveLength',
  elementId: '7',
  level: 'observe',
  message: { sv: FMB_TEXT, en: 'The proposed sick leave is longer than FMB recommends.' },
  ...(pointsTo === undefined ? {} : { pointsTo }),
});
const LONG_CASE: CertificateWarning = {
  ruleId: 'sickLeave.longCase',
  elementId: '7',
  level: 'info',
  message: { sv: 'Sjukfallet är längre än sex månader.', en: 'The sick-leave case is longer than six months.' },
};

afterEach(cleanup);

describe('warnings in the form', () => {
  it('shows a warning at its question, with a link that moves focus to the question it points to', () => {
    renderForm(compiled, { today: KITCHEN_SINK_TODAY, warnings: [fmbWarning('10')] });
    const periods = document.getElementById(elementDomId('7'));
    const note = within(periods as HTMLElement).getByRole('note');
    expect(note.className).toBe('note note--observe');
    expect(within(note).getByText(FMB_TEXT)).toBeTruthy();

    const link = within(note).getByRole('link', { name: 'Gå till frågan ”Kan patienten arbeta hemifrån?”' });
    expect(link.getAttribute('href')).toBe(`#${elementDomId('10')}`);
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ja' }));
  });

  it('links only to a question that is shown', () => {
    // 11 shows only when 10 is answered no.
    renderForm(compiled, { today: KITCHEN_SINK_TODAY, warnings: [fmbWarning('11')] });
    const note = within(document.getElementById(elementDomId('7')) as HTMLElement).getByRole('note');
    expect(within(note).queryByRole('link')).toBeNull();
  });

  it('reads out warnings politely when they appear, not those the draft opened with', () => {
    const view = (warnings: readonly CertificateWarning[]) => (
      <I18nProvider>
        <WarningAnnouncer warnings={warnings} />
      </I18nProvider>
    );
    const { rerender } = render(view([LONG_CASE]));
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');

    rerender(view([LONG_CASE, fmbWarning('10')]));
    expect(status.textContent).toBe(FMB_TEXT);
    // Still there after the next save: nothing new to say.
    rerender(view([LONG_CASE, fmbWarning('10')]));
    expect(status.textContent).toBe('');
    // Gone, then back: read out again.
    rerender(view([LONG_CASE]));
    rerender(view([LONG_CASE, fmbWarning('10')]));
    expect(status.textContent).toBe(FMB_TEXT);
  });
});
