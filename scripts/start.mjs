// `npm start`: the desktop app when the Electron binary is installed, else the browser host.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

let electron = null;
try {
  electron = require('electron'); // the path of the binary; throws when it was never downloaded
} catch {
  electron = null;
}

const child = electron
  ? spawn(electron, ['.', ...args], { stdio: 'inherit' })
  : (console.log('Electron is not installed on this machine; starting the browser host instead (open the URL below).'),
    spawn(process.execPath, ['dist/host/cli.cjs', ...args], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
