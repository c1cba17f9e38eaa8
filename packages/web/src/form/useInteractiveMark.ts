import { useEffect, type RefObject } from 'react';

/** The User Timing mark of the moment a draft's form first takes input (read by the end-to-end speed test). */
export const FORM_INTERACTIVE_MARK = 'intyg:form-interactive';

/**
 * Marks, once per page load, when the draft's form is ready for input: rendered from the model with the
 * draft's answers (the editor mounts only then) and its first field enabled. `performance.getEntriesByName`
 * gives the time since the navigation started.
 */
export function useInteractiveMark(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const first = form.current?.querySelector<HTMLInputElement>('input, textarea, select');
    if (!first || first.disabled) return;
    if (performance.getEntriesByName(FORM_INTERACTIVE_MARK).length === 0) performance.mark(FORM_INTERACTIVE_MARK);
  }, [form]);
}
