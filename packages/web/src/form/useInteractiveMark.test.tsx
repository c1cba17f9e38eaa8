// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FORM_INTERACTIVE_MARK, useInteractiveMark } from './useInteractiveMark.js';

function Form({ disabled }: { disabled: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  useInteractiveMark(form);
  return (
    <form ref={form}>
      <input aria-label="Första fältet" disabled={disabled} />
    </form>
  );
}

const marks = () => performance.getEntriesByName(FORM_INTERACTIVE_MARK).length;

afterEach(() => {
  cleanup();
  performance.clearMarks(FORM_INTERACTIVE_MARK);
});

describe('useInteractiveMark', () => {
  it('marks once per page load, when the form has its first field enabled', () => {
    render(<Form disabled={false} />);
    expect(marks()).toBe(1);
    cleanup();
    render(<Form disabled={false} />);
    expect(marks()).toBe(1);
  });

  it('does not mark a form whose first field is disabled', () => {
    render(<Form disabled />);
    expect(marks()).toBe(0);
  });
});
