// `--against <commit>`: an older commit of geokg checked out beside the working tree, so a bench can run
// the old code and the new on the same database in the same run. The commit goes into a detached git
// worktree in a temporary folder (removed again at the end); it shares the working tree's node_modules
// when its package.json asks for nothing the working tree lacks, and gets its own `npm ci` otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

export interface OtherTree {
  /** The full commit id and its short form, as tables name it. */
  commit: string;
  short: string;
  /** The worktree's root: `${root}/src/...` is that commit's source. */
  root: string;
  /** Imports a module of that commit, e.g. `src/store/writeExtraction.ts`. */
  load<T>(file: string): Promise<T>;
  remove(): void;
}

/** Splits `--against <commit>` (or `--against=<commit>`) off a bench's arguments. */
export function againstArg(args: readonly string[]): { against?: string; rest: string[] } {
  const rest: string[] = [];
  let against: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--against') against = args[++i];
    else if (args[i].startsWith('--against=')) against = args[i].slice('--against='.length);
    else rest.push(args[i]);
  }
  if (against === '') throw new Error('--against needs a commit');
  return { against, rest };
}

const git = (args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** The dependencies `old` names that `current` does not name with the same version range. */
function missingDependencies(old: Manifest, current: Manifest): string[] {
  const have = { ...current.dependencies, ...current.devDependencies };
  return Object.entries({ ...old.dependencies, ...old.devDependencies }).filter(([name, range]) => have[name] !== range).map(([name, range]) => `${name}@${range}`);
}

export function checkOutCommit(commit: string, log: (line: string) => void): OtherTree {
  const full = git(['rev-parse', '--verify', `${commit}^{commit}`]);
  const short = full.slice(0, 7);
  const root = mkdtempSync(path.join(os.tmpdir(), `geokg-bench-${short}-`));
  git(['worktree', 'add', '--detach', root, full]);
  const remove = () => {
    try { git(['worktree', 'remove', '--force', root]); } catch { rmSync(root, { recursive: true, force: true }); git(['worktree', 'prune']); }
  };
  try {
    const old = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
    const current = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;
    const missing = missingDependencies(old, current);
    if (missing.length === 0) {
      // Node resolves a symlinked package to its real path, so both trees load one copy of each
      // dependency (one neo4j-driver, one graphql), as two checkouts of the same lockfile would.
      symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
      log(`against ${short}: worktree at ${root}, node_modules shared with the working tree`);
    } else {
      log(`against ${short}: worktree at ${root}; its package.json differs (${missing.join(', ')}), running npm ci there`);
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: root, stdio: 'inherit' });
    }
  } catch (error) {
    remove();
    throw error;
  }
  return {
    commit: full, short, root, remove,
    load: async <T>(file: string) => {
      const target = path.join(root, file);
      if (!existsSync(target)) throw new Error(`${short} has no ${file}`);
      return (await import(pathToFileURL(target).href)) as T;
    },
  };
}
