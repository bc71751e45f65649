/**
 * Mantine's error red (red.6) is below WCAG AA contrast on white; these screens use a darker one
 * for error text and marked inputs.
 */
export const readableErrors = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as const;
