/**
 * Files in and out of the app the same way in Electron and in the browser host: a download link
 * (Electron shows its native save dialog for it) and a file input (its native open dialog). The
 * bytes themselves go through the contract as base64.
 */
export function saveBytes(fileName: string, base64: string, type = 'application/octet-stream'): void {
  // Decoded by hand: the content security policy lets the page fetch nothing but the app itself.
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const blob = new Blob([bytes], { type });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A picked file as base64, read by the browser without copying it through a string of bytes. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The message of a refusal, in the interface language. */
export const errorText = (t: (key: string, options?: Record<string, unknown>) => string, code: string): string =>
  t(`errors.${code}`, { defaultValue: t('errors.internal') });

/** A file picker's placeholder is text on a button, so it needs the contrast of text (Mantine's placeholder grey has not). */
export const readablePlaceholder = { placeholder: { color: 'var(--mantine-color-dark-5)' } } as const;
