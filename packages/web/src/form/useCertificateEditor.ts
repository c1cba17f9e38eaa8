import { useCallback, useEffect, useRef, useState } from 'react';
import { applyAutoFill, type AnswerValue, type Answers, type CompiledModel } from '@intyg/core';
import { api } from '../api/endpoints.js';
import { ApiError } from '../api/client.js';
import type { CertificateResponse } from '../api/types.js';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface CertificateEditor {
  /** The latest certificate the server returned (revision, actions, server validation). */
  readonly certificate: CertificateResponse;
  /** The answers on screen, ahead of the server while changes are pending. */
  readonly answers: Answers;
  readonly saveState: SaveState;
  readonly saveError: unknown;
  readonly setAnswer: (elementId: string, value: AnswerValue | undefined) => void;
  /** Saves pending changes now; resolves to the saved certificate, or undefined when saving failed. */
  readonly flush: () => Promise<CertificateResponse | undefined>;
  /** Drops local changes and loads the certificate again (after a conflict). */
  readonly reload: () => Promise<void>;
  /** Takes a certificate the server returned from another action (sign, ready-for-sign). */
  readonly replace: (certificate: CertificateResponse) => void;
}

/**
 * Holds a draft's answers and keeps them saved: every change restarts a debounce timer; when it fires, the answers
 * are sent with the revision last seen (optimistic locking). Saves never overlap; a change made while a save is in
 * flight is sent right after it. A 409 stops autosaving until the user reloads.
 */
export function useCertificateEditor(
  initial: CertificateResponse,
  compiled: CompiledModel,
  today: string,
  debounceMs = 1000,
): CertificateEditor {
  const [certificate, setCertificate] = useState(initial);
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<unknown>(undefined);

  const answersRef = useRef<Answers>(initial.answers);
  const latestRef = useRef<CertificateResponse>(initial);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const conflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const clearTimer = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const saveNow = useCallback(async (): Promise<CertificateResponse | undefined> => {
    clearTimer();
    for (;;) {
      if (inFlight.current) {
        await inFlight.current.catch(() => undefined);
        continue;
      }
      if (conflict.current) return undefined;
      if (changeSeq.current === savedSeq.current) return latestRef.current;
      const seq = changeSeq.current;
      const current = latestRef.current;
      const request = api.saveCertificate(current.id, current.revision, answersRef.current);
      inFlight.current = request;
      setSaveState('saving');
      try {
        const saved = await request;
        latestRef.current = saved;
        savedSeq.current = seq;
        setCertificate(saved);
        setSaveError(undefined);
        setSaveState(changeSeq.current === seq ? 'saved' : 'pending');
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          conflict.current = true;
          setSaveState('conflict');
        } else {
          setSaveState('error');
          setSaveError(error);
        }
        return undefined;
      } finally {
        inFlight.current = null;
      }
    }
  }, []);

  const setAnswer = useCallback(
    (elementId: string, value: AnswerValue | undefined) => {
      if (conflict.current) return;
      const next: Record<string, AnswerValue> = { ...answersRef.current };
      if (value === undefined) delete next[elementId];
      else next[elementId] = value;
      const filled = applyAutoFill(compiled, next, today);
      answersRef.current = filled;
      changeSeq.current += 1;
      setAnswers(filled);
      setSaveState('pending');
      clearTimer();
      timer.current = setTimeout(() => void saveNow(), debounceMs);
    },
    [compiled, today, debounceMs, saveNow],
  );

  const reload = useCallback(async () => {
    clearTimer();
    await inFlight.current?.catch(() => undefined);
    const fresh = await api.certificate(latestRef.current.id);
    latestRef.current = fresh;
    answersRef.current = fresh.answers;
    changeSeq.current = 0;
    savedSeq.current = 0;
    conflict.current = false;
    setCertificate(fresh);
    setAnswers(fresh.answers);
    setSaveError(undefined);
    setSaveState('idle');
  }, []);

  const replace = useCallback((next: CertificateResponse) => {
    latestRef.current = next;
    setCertificate(next);
  }, []);

  // Leaving the page with unsaved changes: send them without waiting (best effort, keeps the user's work).
  useEffect(
    () => () => {
      clearTimer();
      if (!conflict.current && changeSeq.current !== savedSeq.current && !inFlight.current) {
        void api
          .saveCertificate(latestRef.current.id, latestRef.current.revision, answersRef.current)
          .catch(() => undefined);
      }
    },
    [],
  );

  return { certificate, answers, saveState, saveError, setAnswer, flush: saveNow, reload, replace };
}
