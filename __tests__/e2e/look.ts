/**
 * Looking at a screen as ui.md asks (#7), for every browser test of the management area: axe-core finds no
 * serious or critical WCAG 2.x A/AA violation, at 1280 and at 768 px, and a screenshot of each width is
 * saved to test-results/manage/ (and copied to SHOTS_DIR when set) to be looked at.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './browser';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails on any serious or critical WCAG 2.x A/AA violation of the page as it is now. */
export async function assertAccessible(page: Page, what: string) {
  let bad = await seriousViolations(page);
  // Next streams the metadata, and a router.refresh() (an island's onChange) re-renders it: axe can run in the
  // moment between the content and the <title>. A missing title alone is checked again once the title is back.
  for (let retry = 0; retry < 3 && bad.length === 1 && bad[0].id === 'document-title'; retry++) {
    await page.waitForFunction(() => document.title !== '');
    await page.waitForTimeout(300);
    bad = await seriousViolations(page);
  }
  if (bad.length)
    throw new Error(
      `${what}: ${bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`).join('\n    ')}`,
    );
}

/** Screenshots of the current page at 1280 and 768 px, checked with axe at both widths. */
export async function look(page: Page, name: string) {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    // Next streams the metadata: after a refresh the <title> can arrive a moment after the content.
    await page.waitForFunction(() => document.title !== '');
    await page.waitForTimeout(150);
    await assertAccessible(page, `${name} at ${width} px`);
    const file = `manage/${name}-${width}.png`;
    await saveScreenshot(page, file);
    if (process.env.SHOTS_DIR) {
      mkdirSync(process.env.SHOTS_DIR, { recursive: true });
      copyFileSync(path.resolve('test-results', file), path.join(process.env.SHOTS_DIR, `${name}-${width}.png`));
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

