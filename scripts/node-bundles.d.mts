import type { BuildOptions, BuildResult } from 'esbuild';

export const cjs: BuildOptions;
export const esm: BuildOptions;
export function buildPdfWorker(): Promise<BuildResult>;
