/** Office theme colours arrive as "#RRGGBB" strings; dark backgrounds get Fluent's dark theme. */
export type ThemeMode = "light" | "dark";

/** "dark" when the colour's relative luminance (WCAG formula) is below the midpoint; null when unreadable. */
export function themeModeForBackground(color: string | undefined | null): ThemeMode | null {
  const match = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  return luminance < 0.4 ? "dark" : "light";
}
