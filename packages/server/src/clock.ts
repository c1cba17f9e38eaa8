import { stockholmDate, type Clock } from '@intyg/core';

// Formatting a date in a time zone is costly on a hot path; the day changes at most once a second.
let todayCache = { second: -1, date: '' };

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => {
    const second = Math.floor(Date.now() / 1000);
    if (second !== todayCache.second) todayCache = { second, date: stockholmDate(new Date(second * 1000)) };
    return todayCache.date;
  },
};

/** A clock standing still at one instant, for tests and reproducible demos. */
export function fixedClock(instant: string): Clock {
  const date = new Date(instant);
  return { now: () => date.toISOString(), today: () => stockholmDate(date) };
}

/** A clock tests move by hand: `advance` moves it on, in milliseconds. */
export function steppingClock(instant: string): Clock & { advance(ms: number): void } {
  let date = new Date(instant);
  return {
    now: () => date.toISOString(),
    today: () => stockholmDate(date),
    advance(ms) {
      date = new Date(date.getTime() + ms);
    },
  };
}
