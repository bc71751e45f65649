import { createTheme } from '@mantine/core';

// System fonts only: nothing is fetched from outside the app.
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  colors: {},
});
