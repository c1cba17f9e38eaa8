import { useEffect } from 'react';
import { focusField, signedAnswerDomId } from './dom-ids.js';

/**
 * Puts focus on a question named in the page's address (`?question=35`, as the guides link): its first field in
 * a draft, its answer in a signed certificate. Runs once the certificate is on screen.
 */
export function useFocusQuestion(question: string | null, ready: boolean): void {
  useEffect(() => {
    if (!ready || !question) return;
    const timer = setTimeout(() => {
      if (focusField(question, undefined)) return;
      const answer = document.getElementById(signedAnswerDomId(question));
      if (answer) {
        answer.tabIndex = -1;
        answer.focus();
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [question, ready]);
}
