// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// Fails loudly (never skips) when there is none.
import fs from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = chromiumPath();
  if (!found) {
    console.error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: apt-get install chromium, ' +
        'which `npm run setup` does as root) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
