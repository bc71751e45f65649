import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file `file` of the repository; answers the layering messages. */
async function layering(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('the layering allow-list', () => {
  it.each([
    ['renderer/src/smes/X.tsx', "import { openDatabase } from '../../../electron/core/db/open';", 'core'],
    ['renderer/src/smes/X.tsx', "import { ipcRenderer } from 'electron';", 'electron'],
    ['renderer/src/smes/X.tsx', "import fs from 'node:fs';", 'node:fs'],
    ['electron/api/x.ts', "import { createAppCore } from '../core/app-core';", 'core'],
    ['electron/api/x.ts', "import { something } from '../../renderer/src/router';", 'renderer'],
    ['electron/core/x.ts', "import { app } from 'electron';", 'electron'],
    ['electron/core/x.ts', "import { startHost } from '../host/server';", 'host'],
    ['electron/core/x.ts', "import { createMainWindow } from '../shell/window';", 'shell'],
    ['electron/host/x.ts', "import { setupIpc } from '../shell/ipc';", 'shell'],
    ['electron/shell/x.ts', "import { startHost } from '../host/server';", 'host'],
    ['electron/core/x.ts', "const m = await import('../../renderer/src/App');", 'renderer'],
  ])('%s may not import %s', async (file, code, word) => {
    const messages = await layering(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(word);
  });

  it.each([
    ['renderer/src/smes/X.tsx', "import type { Sme } from '@api/smes';"],
    ['renderer/src/smes/X.tsx', "import { SaveStatus } from '../ui/SaveStatus';"],
    ['electron/core/x.ts', "import { contract } from '../api/contract';"],
    ['electron/host/x.ts', "import { createAppCore } from '../core/app-core';"],
    ['electron/shell/x.ts', "import { app } from 'electron';\nimport { createAppCore } from '../core/app-core';"],
    ['electron/api/x.ts', "import { z } from 'zod';\nimport { LANGUAGES } from './languages';"],
  ])('%s may import %s', async (file, code) => {
    expect(await layering(file, code)).toEqual([]);
  });
});
