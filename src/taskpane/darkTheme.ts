// Loaded on its own when Word uses a dark theme (themes.ts).
export { webDarkTheme } from "@fluentui/react-components";
