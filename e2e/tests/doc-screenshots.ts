/**
 * Screenshots of the main pages for the README's tour, saved to docs/screenshots/ (committed): the 1280 × 900
 * viewport as a person sees it. So that a run on another day draws the same pictures, what depends on the clock is
 * fixed for the moment of the screenshot: every date shown, in text and in fields, is moved as if today were
 * FIXED_TODAY (the days between dates stay), and a time of day after a date reads FIXED_TIME. The page is as it
 * was right after. Everything else on the page is what the test did. The PNGs are made small with a palette.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { day } from './helpers.js';
import { toPalettePng } from './png-palette.js';

export const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const FIXED_TODAY = '2025-10-06';
const FIXED_TIME = '09:41';

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** In the page: rewrites the dates and times on it, and leaves a function on `window` that undoes it. */
function fixClock({ shift, time }: { shift: number; time: string }): void {
  const move = (date: string) => {
    const moved = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(moved.getTime())) return date;
    moved.setUTCDate(moved.getUTCDate() + shift);
    return moved.toISOString().slice(0, 10);
  };
  // Swedish 2025-10-06 09:41 and English 06/10/2025, 09:41, as the app writes dates and times.
  const rewrite = (text: string) =>
    text
      .replace(/\b(\d{4}-\d{2}-\d{2})(?:(\s+)\d{2}:\d{2})?\b/g, (_, date: string, space?: string) =>
        space === undefined ? move(date) : `${move(date)}${space}${time}`,
      )
      .replace(
        /\b(\d{2})\/(\d{2})\/(\d{4})(?:(,?\s+)\d{2}:\d{2})?\b/g,
        (_, day: string, month: string, year: string, space?: string) => {
          const [y, m, d] = move(`${year}-${month}-${day}`).split('-');
          return `${d}/${m}/${y}${space === undefined ? '' : `${space}${time}`}`;
        },
      );
  const undo: (() => void)[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  // Whether the last text with letters or digits ended with a date: a time then may stand in an element of its own.
  let afterDate = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node;
    const before = text.nodeValue ?? '';
    let after = rewrite(before);
    if (afterDate) after = after.replace(/^(\s*)\d{2}:\d{2}\b/, `$1${time}`);
    if (before.trim() !== '') afterDate = /(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4},?)\s*$/.test(before);
    if (after === before) continue;
    text.nodeValue = after;
    // Unless the app has changed it meanwhile.
    undo.push(() => text.nodeValue === after && (text.nodeValue = before));
  }
  for (const input of document.querySelectorAll('input')) {
    const before = input.value;
    const after = rewrite(before);
    if (after === before) continue;
    input.value = after;
    undo.push(() => input.value === after && (input.value = before));
  }
  (window as unknown as { intygUndoClock?: () => void }).intygUndoClock = () => undo.forEach((step) => step());
}

/** Saves `docs/screenshots/<name>.png` of the viewport, with the clock fixed and a palette (png-palette.ts). */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(fixClock, { shift: daysFrom(day(0), FIXED_TODAY), time: FIXED_TIME });
  try {
    const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), toPalettePng(png));
  } finally {
    await page.evaluate(() => (window as unknown as { intygUndoClock?: () => void }).intygUndoClock?.());
  }
}
