// Series colors (readable on light and dark backgrounds) and line dashes, so
// series differ by more than color alone.
export const palette = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#0891b2', '#be185d', '#6b7280'];
export const dashes = ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'];
