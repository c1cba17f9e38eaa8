import { useCallback, useEffect, useRef, useState } from 'react';
import { decisionSupportApi, type DiagnosisCodeSystem, type DiagnosisHit } from '../api/decision-support.js';
import { memoizeAsync } from './async.js';

/** Typing pauses this long before a search is sent (domain.md §6.3: the search follows the typing). */
export const SEARCH_DEBOUNCE_MS = 150;
/** Shorter texts match too much to be of help. */
export const MIN_SEARCH_LENGTH = 2;
const SEARCH_LIMIT = 10;

const searchDiagnoses = memoizeAsync((key: string) => {
  const [system, query] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
  return decisionSupportApi.searchDiagnoses(query, system as DiagnosisCodeSystem, SEARCH_LIMIT);
});

export interface DiagnosisSearch {
  readonly hits: readonly DiagnosisHit[];
  /** More codes matched than are shown. */
  readonly more: boolean;
  /** `done` once the answer for the latest text has arrived. */
  readonly status: 'idle' | 'searching' | 'done' | 'error';
  /** Searches for `text` once typing pauses; a text too short to search clears the hits. */
  readonly search: (text: string) => void;
  readonly clear: () => void;
}

/**
 * Diagnosis search for one input. Only the answer to the latest text is kept: a slower answer to an earlier
 * text that arrives later is dropped. Searching never waits on the input: the caller updates its value
 * first and the search follows.
 */
export function useDiagnosisSearch(system: DiagnosisCodeSystem | undefined): DiagnosisSearch {
  const [result, setResult] = useState<Pick<DiagnosisSearch, 'hits' | 'more' | 'status'>>(IDLE);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    latest.current += 1;
    setResult(IDLE);
  }, []);

  const search = useCallback(
    (text: string) => {
      const query = text.trim();
      if (system === undefined || query.length < MIN_SEARCH_LENGTH) {
        clear();
        return;
      }
      clearTimeout(timer.current);
      const ticket = ++latest.current;
      setResult((previous) => ({ ...previous, status: 'searching' }));
      timer.current = setTimeout(() => {
        searchDiagnoses(`${system}|${query}`).then(
          (found) => {
            if (ticket === latest.current) setResult({ hits: found.items, more: found.more, status: 'done' });
          },
          () => {
            if (ticket === latest.current) setResult({ hits: [], more: false, status: 'error' });
          },
        );
      }, SEARCH_DEBOUNCE_MS);
    },
    [system, clear],
  );

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      latest.current += 1;
    },
    [],
  );

  return { ...result, search, clear };
}

const IDLE: Pick<DiagnosisSearch, 'hits' | 'more' | 'status'> = { hits: [], more: false, status: 'idle' };
