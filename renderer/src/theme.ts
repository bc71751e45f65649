import { createTheme } from '@mantine/core';

// System fonts only: nothing is fetched from outside the app.
export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9 keeps white text on buttons above WCAG AA contrast.
  primaryShade: { light: 9, dark: 7 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  colors: {},
});
