import { useEffect, useRef } from 'react';
import { api } from '../api/endpoints.js';
import { lifecycleApi } from '../api/lifecycle.js';
import type { CertificateResponse } from '../api/types.js';

/** After this many polls a second apart the recipient is probably down: ask less often while the outbox retries. */
const FAST_POLLS = 30;
const SLOW_FACTOR = 5;
/**
 * A page left open while the recipient is down stops asking after about three minutes (the status still says it
 * is being sent; a reload asks again).
 */
const MAX_POLLS = 60;

/**
 * While the certificate's sending is pending, asks how it stands every `intervalMs` until its revision moves (the
 * recipient acknowledged or refused it, or someone else acted on it), then reads it and hands the new version to
 * `onChanged`. Asking is not a read of the certificate: the audit log gets one read, not one a second. A request
 * that fails is tried again. Stops when the certificate is no longer pending, the page goes, or after MAX_POLLS.
 */
export function useSendingPoll(
  certificate: CertificateResponse,
  onChanged: (certificate: CertificateResponse) => void,
  intervalMs = 1000,
): void {
  const { id, revision } = certificate;
  const pending = certificate.sending?.state === 'pending';
  const onChangedRef = useRef(onChanged);
  useEffect(() => {
    onChangedRef.current = onChanged;
  }, [onChanged]);

  useEffect(() => {
    if (!pending) return;
    let active = true;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      polls += 1;
      try {
        const progress = await lifecycleApi.sendingProgress(id);
        if (!active) return;
        if (progress.revision !== revision) {
          const fresh = await api.certificate(id);
          if (active) onChangedRef.current(fresh);
          return;
        }
      } catch {
        // The next poll tries again.
      }
      if (active && polls < MAX_POLLS) {
        timer = setTimeout(() => void poll(), polls < FAST_POLLS ? intervalMs : intervalMs * SLOW_FACTOR);
      }
    };
    timer = setTimeout(() => void poll(), intervalMs);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [id, revision, pending, intervalMs]);
}
