import { chromium } from '@playwright/test';
const [url, out, width] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width ?? 390), height: 844 } });
await page.goto(url!);
await page.waitForTimeout(300);
const y = Number(process.argv[5] ?? -1); if (y >= 0) { await page.evaluate((top) => window.scrollTo(0, top), y); await page.waitForTimeout(100); } await page.screenshot({ path: out!, fullPage: y < 0 });
console.log(await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('.table-wrap')?.scrollWidth, document.querySelector('.table-wrap')?.clientWidth]));
await browser.close();
