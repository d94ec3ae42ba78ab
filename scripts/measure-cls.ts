/**
 * Cumulative layout shift (CLS) of the search page, as Chromium reports it
 * (every `layout-shift` entry), on a phone and a desktop screen, with what
 * moved and from where to where: a check to run before and after touching the
 * search page, far quicker than Lighthouse. Not a test: the numbers depend on
 * timing.
 *
 * `node scripts/measure-cls.ts [dir=dist] [port=4600] [runs=3]` serves `dir`
 * itself; MEASURE_CPU=4 slows the CPU down 4× (as Lighthouse's mobile preset
 * assumes), CHROMIUM_PATH picks the browser.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../tests/e2e/chromium-path.ts';

const ROOT = resolve(import.meta.dirname, '..');
const [dir = 'dist', portText = '4600', runsText = '3'] = process.argv.slice(2);
const ORIGIN = `http://127.0.0.1:${portText}`;
const PAGES = ['/recherche/', '/recherche/?q=Toberoff', '/recherche/?q=Musk'];
/** Lighthouse's mobile (Moto G Power) and desktop screens. */
const VIEWPORTS = {
  mobile: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;
const CPU_SLOWDOWN = Number(process.env.MEASURE_CPU ?? 1);
/** How long to watch after the load: the results and the filters arrive after it. */
const SETTLE_MS = 3000;

interface Shift {
  value: number;
  time: number;
  sources: string[];
}

/** Sums the page's layout shifts and says which elements moved, and from where to where. */
async function measure(url: string, preset: keyof typeof VIEWPORTS): Promise<{ cls: number; shifts: Shift[] }> {
  const browser = await chromium.launch({ ...chromiumLaunch(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ ...VIEWPORTS[preset], locale: 'fr-FR' });
    const page = await context.newPage();
    if (CPU_SLOWDOWN > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    await page.addInitScript(() => {
      const describe = (node: Node | null): string => {
        if (!(node instanceof Element)) return node?.nodeName ?? '?';
        const classes = [...node.classList].filter((name) => !name.startsWith('svelte-')).join('.');
        return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes ? `.${classes}` : ''}`;
      };
      const shifts: Shift[] = [];
      (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
          // Nothing types here: Chromium flags the shifts just after the emulated
          // viewport is set as `hadRecentInput` (crbug.com/1094974), and Lighthouse counts them.
          shifts.push({
            value: entry.value,
            time: Math.round(entry.startTime),
            sources: entry.sources.map((source) => `${describe(source.node)} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
  } finally {
    await browser.close();
  }
}

const server = spawn(process.execPath, ['--experimental-strip-types', resolve(ROOT, 'scripts/serve.ts'), dir, portText], { cwd: ROOT, stdio: 'ignore' });
try {
  await new Promise((done) => setTimeout(done, 800));
  for (const preset of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < Number(runsText); i++) runs.push(await measure(`${ORIGIN}${path}`, preset));
      console.log(`${preset} ${path}: CLS ${runs.map((run) => run.cls.toFixed(3)).join(', ')}`);
      for (const shift of runs.flatMap((run) => run.shifts).filter((one) => one.value >= 0.001)) {
        console.log(`  ${shift.value.toFixed(3)} at ${shift.time} ms: ${shift.sources.join('; ')}`);
      }
    }
  }
} finally {
  server.kill();
}
