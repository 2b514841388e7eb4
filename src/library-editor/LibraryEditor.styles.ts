import { makeStyles, tokens } from "@fluentui/react-components";

export const useEditorStyles = makeStyles({
  sectionList: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // The card's look is the pane's (SuggestionCard.styles); what the editor adds sits beside it.
  // A quieter card with a dashed edge; its captions keep their contrast on it.
  retired: {
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (forced-colors: active)": { borderTopColor: "CanvasText" },
  },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    "@media (forced-colors: active)": { color: "CanvasText" },
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  placeholder: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "end",
  },
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  changeList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});
