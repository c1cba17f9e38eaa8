import { stockholmDate, type Clock } from '@intyg/core';

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => stockholmDate(new Date()),
};

/** A clock standing still at one instant, for tests and reproducible demos. */
export function fixedClock(instant: string): Clock {
  const date = new Date(instant);
  return { now: () => date.toISOString(), today: () => stockholmDate(date) };
}
