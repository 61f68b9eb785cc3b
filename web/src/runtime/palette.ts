// Series colors and line dashes, so series differ by more than color alone.
// Views use these light-theme values; the runtime swaps each for its
// dark-theme partner (themeColor), so a view never needs to know the theme.
// Every light color has at least 4.5:1 contrast on white and every dark one
// on the dark page background, so they also serve for annotation text.
export const palette = ['#2563eb', '#dc2626', '#047857', '#b45309', '#7c3aed', '#0e7490', '#be185d', '#6b7280'];
export const dashes = ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'];
/** The main foreground line ("the answer"): near-black, near-white in dark mode. */
export const ink = '#111827';
/** Secondary lines and reference marks. */
export const muted = '#6b7280';

// Light value -> [light, dark]. Also lists the lighter shades earlier views
// used, which fall below 4.5:1 on white, so they are darkened in light mode.
const pairs: Record<string, [string, string]> = {
  '#2563eb': ['#2563eb', '#60a5fa'],
  '#dc2626': ['#dc2626', '#f87171'],
  '#047857': ['#047857', '#34d399'],
  '#059669': ['#047857', '#34d399'],
  '#b45309': ['#b45309', '#fbbf24'],
  '#d97706': ['#b45309', '#fbbf24'],
  '#7c3aed': ['#7c3aed', '#a78bfa'],
  '#0e7490': ['#0e7490', '#22d3ee'],
  '#0891b2': ['#0e7490', '#22d3ee'],
  '#be185d': ['#be185d', '#f472b6'],
  '#6b7280': ['#6b7280', '#9ca3af'],
  '#9ca3af': ['#6b7280', '#9ca3af'],
  '#4b5563': ['#4b5563', '#d1d5db'],
  '#f59e0b': ['#b45309', '#fbbf24'],
  '#ec4899': ['#be185d', '#f472b6'],
  '#111827': ['#111827', '#e5e7eb'],
  '#1f2937': ['#1f2937', '#e5e7eb'],
  '#374151': ['#374151', '#d1d5db'],
  '#000000': ['#000000', '#e5e7eb'],
  black: ['black', '#e5e7eb'],
};

/** The color to draw for a view's color in the given theme. */
export function themeColor(color: string, dark: boolean): string {
  const p = pairs[color.toLowerCase()];
  return p ? p[dark ? 1 : 0] : color;
}
