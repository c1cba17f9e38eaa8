// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { PersonIdInput } from './PersonIdInput.js';

function Field({ submitted = false }: { submitted?: boolean }) {
  const [value, setValue] = useState('');
  return <PersonIdInput label="Personnummer" value={value} onChange={setValue} submitted={submitted} />;
}

const renderField = (submitted = false) =>
  render(
    <I18nProvider>
      <Field submitted={submitted} />
    </I18nProvider>,
  );

afterEach(cleanup);

describe('PersonIdInput', () => {
  it('is labelled, and confirms a valid number in its written form', () => {
    renderField();
    const input = screen.getByLabelText('Personnummer');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    fireEvent.change(input, { target: { value: '191212121212' } });
    expect(screen.getByText('Giltigt personnummer: 19121212-1212')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(input, { target: { value: '7010632391' } });
    // Ten digits without a dash: not judged while typing (they may be the start of twelve).
    expect(screen.queryByText(/Giltigt/)).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText('Giltigt samordningsnummer: 19701063-2391')).toBeTruthy();
  });

  it('says what is wrong as soon as the number is complete, tied to the field', () => {
    renderField();
    const input = screen.getByLabelText('Personnummer');
    fireEvent.change(input, { target: { value: '19121212-121' } });
    expect(input.getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(input, { target: { value: '19121212-1213' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText(/Kontrollsiffran stämmer inte/);
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.some((id) => document.getElementById(id)?.contains(message))).toBe(true);
    fireEvent.change(input, { target: { value: '19121292-1212' } });
    expect(screen.getByText(/Datumet i numret finns inte/)).toBeTruthy();
  });

  it('judges whatever is there once the form was sent', () => {
    renderField(true);
    fireEvent.change(screen.getByLabelText('Personnummer'), { target: { value: '1912' } });
    expect(screen.getByText(/Skriv numret med tio eller tolv siffror/)).toBeTruthy();
  });
});
