// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type Answers } from '@intyg/core';
import { kitchenSinkModel } from '../../../core/src/test-support/kitchen-sink-model.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { FmbPanel } from './FmbPanel.js';

const compiled = compileModel(kitchenSinkModel);
const diagnoses = (...codes: string[]): Answers => ({
  '6': codes.map((code) => ({ code, description: 'Diagnos', system: 'ICD_10_SE' })),
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the FMB panel', () => {
  it('points from a code FMB does not cover to the more precise codes it does', async () => {
    stubFetch((url) =>
      url.pathname === '/api/fmb/M54'
        ? {
            status: 404,
            body: { code: 'FMB_NOT_FOUND', message: '', details: { moreSpecificCodes: ['M544', 'M545'] } },
          }
        : { status: 404, body: { code: 'FMB_NOT_FOUND', message: '', details: { moreSpecificCodes: [] } } },
    );
    render(
      <I18nProvider>
        <FmbPanel compiled={compiled} answers={diagnoses('M54', 'J20')} />
      </I18nProvider>,
    );
    expect(
      await screen.findByText(
        'FMB har inget stöd för M54 men för M54.4, M54.5. Ange diagnoskoden med så många positioner som möjligt.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('FMB har inget stöd för J20.')).toBeTruthy();
  });
});
