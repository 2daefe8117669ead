// Lighthouse on every page of the site's sitemap, on a phone and on a desktop: the median of three runs of each
// category's score, per page, and the worst page. Outside the test suite: it takes a few minutes.
//   usage: bench/lighthouse/run.sh [BASE_URL]      (default http://localhost:8080; the site must be running)
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];

// the sitemap names the public URL (clinic.base-url); the pages are read here, at the address being measured
const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(match => new URL(match[1]).pathname);
if (paths.length === 0) {
    throw new Error(`No page in ${base}/sitemap.xml`);
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const chrome = await chromeLauncher.launch({chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS});
const worst = {};
try {
    for (const [screen, config] of [['phone', undefined], ['desktop', desktopConfig]]) {
        console.log(`\n${screen}: median of ${RUNS} runs   perf  a11y  best   seo   CLS`);
        for (const path of paths) {
            const runs = [];
            for (let run = 0; run < RUNS; run++) {
                const result = await lighthouse(`${base}${path}`, {port: chrome.port, output: 'json', logLevel: 'error',
                    onlyCategories: CATEGORIES}, config);
                runs.push(result.lhr);
            }
            const scores = CATEGORIES.map(category => Math.round(100 * median(runs.map(lhr => lhr.categories[category].score))));
            const shift = median(runs.map(lhr => lhr.audits['cumulative-layout-shift'].numericValue));
            CATEGORIES.forEach((category, i) => {
                const key = `${screen} ${category}`;
                worst[key] = Math.min(worst[key] ?? 100, scores[i]);
            });
            console.log(`  ${path.padEnd(34)} ${scores.map(score => String(score).padStart(5)).join(' ')} ${shift.toFixed(3).padStart(6)}`);
        }
    }
} finally {
    await chrome.kill();
}
console.log('\nworst page:', Object.entries(worst).map(([key, score]) => `${key} ${score}`).join(', '));
