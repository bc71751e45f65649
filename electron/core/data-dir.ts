import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SocialSME 6x3';
/** A file with this name next to the portable executable turns portable mode on. */
export const PORTABLE_MARKER = 'socialsme-portable';

export interface DataDirInput {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Electron's userData, or the same place computed for the browser host. */
  defaultDir: string;
  isWritableDir?: (dir: string) => boolean;
  exists?: (file: string) => boolean;
}

export type DataDirSource = 'flag' | 'portable' | 'default';

/**
 * The one place that decides where case files live: an explicit --data-dir, else a portable
 * location next to the executable on the USB stick (when a marker file or a writable `data`
 * folder is there), else the user's profile.
 */
export function resolveDataDir(input: DataDirInput): { dir: string; source: DataDirSource } {
  const flag = readFlag(input.argv, '--data-dir');
  if (flag) return { dir: path.resolve(flag), source: 'flag' };

  const exists = input.exists ?? fs.existsSync;
  const isWritableDir = input.isWritableDir ?? writableDir;
  const portableHome = portableExecutableDir(input.env, input.platform);
  if (portableHome) {
    const dataFolder = path.join(portableHome, 'data');
    if (exists(path.join(portableHome, PORTABLE_MARKER)) || isWritableDir(dataFolder)) {
      return { dir: dataFolder, source: 'portable' };
    }
  }
  return { dir: input.defaultDir, source: 'default' };
}

/** The folder holding the portable executable (Windows portable build, Linux AppImage). */
function portableExecutableDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  if (platform === 'win32' && env.PORTABLE_EXECUTABLE_DIR) return env.PORTABLE_EXECUTABLE_DIR;
  if (platform === 'linux' && env.APPIMAGE) return path.dirname(env.APPIMAGE);
  return null;
}

export function readFlag(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1] ?? null;
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return null;
}

function writableDir(dir: string): boolean {
  try {
    if (!fs.statSync(dir).isDirectory()) return false;
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Electron would put userData; the browser host uses the same place by default. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
