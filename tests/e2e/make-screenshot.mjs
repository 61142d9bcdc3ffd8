// SPDX-License-Identifier: MIT
// Regenerates docs/screenshot.png (the README's picture) from dist/: the sample at 1280×800,
// DPR 1, scrolled to the first quote, with the tooltip of a person's mention showing.
// Usage: node tests/e2e/make-screenshot.mjs [OUT.png] [--dpr N]
import { join } from 'node:path';
import { launch, nextFrame, openPage, root } from './helpers.mjs';

const args = process.argv.slice(2);
const dprAt = args.indexOf('--dpr');
const dpr = dprAt >= 0 ? Number(args[dprAt + 1]) : 1;
const out = args.find((a, i) => !a.startsWith('--') && i !== dprAt + 1) || join(root, 'docs', 'screenshot.png');

const env = await launch();
try {
  const { page, errors } = await openPage(env, { dpr, width: 1280, height: 800 });
  const quote = await page.evaluate(() => gloss.annotations().find((a) => a.kind === 'QUOTE'));
  await page.evaluate((start) => gloss.scrollTo(start), quote.start);
  await nextFrame(page, 3);
  const person = await page.evaluate(() => {
    for (const a of gloss.annotations().filter((x) => x.kind === 'PERSON')) {
      const r = gloss.rectOf(a.id);
      if (r && r.y > 300) return r;
    }
    return null;
  });
  if (person) await page.mouse.move(person.x + person.w / 2, person.y + person.h / 2);
  await nextFrame(page, 3);
  await page.screenshot({ path: out });
  if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  console.log(`wrote ${out}`);
} finally {
  await env.close();
}
