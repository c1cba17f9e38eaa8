import { useEffect, type RefObject } from 'react';

/** The User Timing mark of the moment a draft's form first takes input (read by the end-to-end speed test). */
export const FORM_INTERACTIVE_MARK = 'intyg:form-interactive';

/**
 * Marks each time a draft's form becomes ready for input: rendered from the model with the draft's answers (the
 * editor mounts only then) and its first field enabled. The last entry of `performance.getEntriesByName` is the
 * form on the screen; its start time counts from the start of the page load.
 */
export function useInteractiveMark(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const first = form.current?.querySelector<HTMLInputElement>('input, textarea, select');
    if (!first || first.disabled) return;
    performance.mark(FORM_INTERACTIVE_MARK);
  }, [form]);
}
