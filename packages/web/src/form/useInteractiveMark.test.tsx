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
  it('marks each form as it becomes ready for input, once per form', () => {
    const { rerender } = render(<Form disabled={false} />);
    expect(marks()).toBe(1);
    rerender(<Form disabled={false} />);
    expect(marks()).toBe(1);
    cleanup();
    render(<Form disabled={false} />);
    expect(marks()).toBe(2);
  });

  it('does not mark a form whose first field is disabled', () => {
    render(<Form disabled />);
    expect(marks()).toBe(0);
  });
});
