// A test that cannot run is never a silent green: locally the run ends naming what was skipped and why;
// with CI set it fails, naming the missing program.
import { describe, expect, it } from 'vitest';
import { describeInBrowser } from '../dashboard/browser.ts';
import { runNestedVitest } from '../support/nestedRun.ts';

const SUITE = 'tests/fixtures/safety/browserSuite.nested.ts';
const NO_CHROMIUM = { GEOKG_CHROMIUM: '/nonexistent/chromium' };

describe('a browser suite on a machine without Chromium', () => {
  it('fails the run in CI, naming Chromium', async () => {
    const run = await runNestedVitest(SUITE, { ...NO_CHROMIUM, CI: 'true' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/needs Chromium/);
    expect(run.output).toMatch(/Chromium is missing, so "a page in the browser" cannot run \(apt-get install chromium/);
  }, 90_000);

  it('is skipped locally, and the run ends with one line saying what to install', async () => {
    const run = await runNestedVitest(SUITE, NO_CHROMIUM);
    expect(run.code, run.output).toBe(0);
    const lastLine = run.output.trimEnd().split('\n').at(-1);
    expect(lastLine).toBe(`skipped "a page in the browser" (${SUITE}): needs Chromium: apt-get install chromium, or set GEOKG_CHROMIUM to its path`);
  }, 90_000);
});

describeInBrowser('the same suite where Chromium is found', () => {
  it('runs', async () => {
    const run = await runNestedVitest(SUITE, { CI: 'true' });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/1 passed/);
    expect(run.output).not.toMatch(/skipped "/);
  }, 90_000);
});
