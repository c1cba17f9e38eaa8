// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test-support/stub-fetch.js';
import { announceDraftsChanged, useUnitCounts } from './useUnitCounts.js';

function Counts() {
  const { drafts, ready } = useUnitCounts(true);
  return <p>{`${drafts ?? '?'} / ${ready ?? '?'}`}</p>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useUnitCounts', () => {
  it('asks again when a draft changed in place (signed, marked ready)', async () => {
    let ready = 2;
    stubFetch((url) => ({ body: { count: url.searchParams.has('readyForSign') ? ready : 9 } }));
    render(
      <MemoryRouter>
        <Counts />
      </MemoryRouter>,
    );
    expect(await screen.findByText('9 / 2')).toBeTruthy();
    ready = 1;
    act(() => announceDraftsChanged());
    expect(await screen.findByText('9 / 1')).toBeTruthy();
  });
});
