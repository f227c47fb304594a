// A reporter that closes the run with one line per suite skipped for a missing program, after the summary,
// where it is read (a warning printed while files run scrolls away among their output).
import type { Reporter, TestModule } from 'vitest/node';

export default class SkipReport implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines = new Set<string>();
    for (const module of testModules) {
      for (const suite of module.children.allSuites()) {
        const missing = suite.meta().missingRequirement;
        if (missing) lines.add(`skipped "${suite.name}" (${module.moduleId.replace(`${process.cwd()}/`, '')}): needs ${missing}`);
      }
    }
    for (const line of lines) process.stdout.write(`\n${line}`);
    if (lines.size > 0) process.stdout.write('\n');
  }
}
