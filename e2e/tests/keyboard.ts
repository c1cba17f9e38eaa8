/**
 * Moving through a page with the keyboard alone, as a person who uses no mouse does: Tab and Shift+Tab until the
 * wanted control has focus. The page is only read here (which element has focus, whether the control is shown),
 * never operated otherwise.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Whether the element `target` finds has focus (false while it is not on the page). */
const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

/** A short description of the focused element, for the message of a failed search. */
const focusedElement = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
  });

/** Presses Tab (Shift+Tab with `backwards`) until `target` has focus, at most `max` times. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}): Promise<void> {
  // Rendered first (a list the page is still fetching), so that the presses do not run out before it is there.
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} not reached with ${max} presses of Tab; focus is on ${await focusedElement(page)}`);
}

/** Tabs to the field and types `text` into it. */
export async function typeInto(page: Page, target: Locator, text: string, options?: { backwards?: boolean }) {
  await tabTo(page, target, options);
  await page.keyboard.type(text);
}

/** Tabs to the control (a button, a link, a checkbox…) and presses `key` on it: Enter, or Space. */
export async function press(page: Page, target: Locator, key: 'Enter' | 'Space', options?: { backwards?: boolean }) {
  await tabTo(page, target, options);
  await page.keyboard.press(key);
}
