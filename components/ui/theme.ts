import { createTheme, CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

/**
 * The one look of Cursus (#7, design system). A calm blue as the primary colour, checked against WCAG AA:
 * shade 7 (buttons, links, the filled and outlined variants) has 5.9:1 on white, and white text on it too;
 * light variants use shade 9 on shade 0 (7.7:1). Secondary text is gray 7 (8.2:1), not Mantine's gray 6
 * (3.3:1, below AA), errors red 9 (5.4:1). Filled buttons of other colours use shade 9 explicitly
 * (e.g. `color="red.9"`): Mantine fills every colour with the primary shade, and red 7 has only 3.6:1.
 * Status badges use the `dot` variant (dark text, coloured dot): green and orange light badges fall below AA.
 */
const cursus: MantineColorsTuple = [
  '#eef2ff',
  '#dfe6fb',
  '#bccaf2',
  '#96abea',
  '#7690e3',
  '#6280df',
  '#5677dd',
  '#2f5bd0',
  '#2750bb',
  '#1b44a6',
];

export const theme = createTheme({
  colors: { cursus },
  primaryColor: 'cursus',
  primaryShade: { light: 7, dark: 4 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.3rem', lineHeight: '1.3' },
      h3: { fontSize: '1.1rem', lineHeight: '1.35' },
    },
  },
  spacing: { xs: '0.5rem', sm: '0.75rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
  components: {
    Button: { defaultProps: { fw: 600 } },
    Badge: { defaultProps: { tt: 'none', fw: 600 } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 200 } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Mantine's defaults for these are gray 6 and red 6 (3.3:1 on white): below AA for text.
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
