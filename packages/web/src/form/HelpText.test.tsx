// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type ElementSpec } from '@intyg/core';
import { certificateFixtures } from '../../../certificate-types/src/fixtures.js';
import { certificateModels } from '../../../certificate-types/src/registry.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { elementDomId, helpDomId, labelDomId } from './dom-ids.js';
import { renderForm } from './test-support/render-form.js';

beforeEach(() => stubFetch(() => ({ status: 404, body: { code: 'NOT_FOUND', message: 'none' } })));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const withDescription = (elements: readonly ElementSpec[]): ElementSpec[] =>
  elements.flatMap((element) => [
    ...(element.description ? [element] : []),
    ...withDescription(element.children ?? []),
  ]);

describe('HelpText', () => {
  // Every question with a help text, in every model, shown with its fullest answers.
  it.each(certificateModels.map((model) => [`${model.type} ${model.version}`, model] as const))(
    'is a disclosure button one click away for every question with a help text: %s',
    (_, model) => {
      const fixtures = certificateFixtures[`${model.type}/${model.version}`];
      const compiled = compileModel(model);
      const form = renderForm(compiled, { answers: fixtures?.maximal ?? {}, today: fixtures?.today ?? '2025-01-01' });
      let checked = 0;
      for (const element of withDescription(model.elements)) {
        const wrapper = form.container.querySelector(`#${elementDomId(element.id)}`);
        if (!wrapper) continue; // hidden by its rules with these answers
        const panel = form.container.querySelector<HTMLElement>(`#${helpDomId(element.id)}`);
        const button = within(wrapper as HTMLElement)
          .getAllByRole('button', { name: 'Hjälptext' })
          .find((candidate) => candidate.getAttribute('aria-controls') === panel?.id);
        const where = `${model.type} ${element.id}`;
        expect(button, where).toBeDefined();
        expect(button?.getAttribute('type'), where).toBe('button');
        expect(button?.hasAttribute('tabindex'), where).toBe(false);
        expect(button?.getAttribute('aria-expanded'), where).toBe('false');
        // Described by its question, so a list of buttons says which help each is.
        expect(button?.getAttribute('aria-describedby'), where).toBe(labelDomId(element.id));
        expect(document.getElementById(labelDomId(element.id)), where).not.toBeNull();
        expect(panel?.hidden, where).toBe(true);
        fireEvent.click(button!);
        expect(button?.getAttribute('aria-expanded'), where).toBe('true');
        expect(panel?.hidden, where).toBe(false);
        expect(panel?.textContent, where).toBe(element.description);
        fireEvent.click(button!);
        expect(panel?.hidden, where).toBe(true);
        checked += 1;
      }
      const expected = withDescription(model.elements).length;
      expect(checked, 'every question with a help text shows with the fullest answers').toBe(expected);
    },
  );
});
