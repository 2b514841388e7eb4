import { makeStyles, tokens } from "@fluentui/react-components";

export const useSuggestionCardStyles = makeStyles({
  card: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin,
    },
    "@media (forced-colors: active)": {
      border: `${tokens.strokeWidthThin} solid CanvasText`,
      ":focus-visible": { outlineColor: "Highlight" },
    },
  },
  selected: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    "@media (forced-colors: active)": {
      // Shadows vanish in forced colours: a thicker system-coloured border marks the selection instead.
      border: `${tokens.strokeWidthThick} solid Highlight`,
    },
  },
  where: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  // The kind of language as a quiet caption (a Badge here would be the only one in the pane's first view).
  kind: { color: tokens.colorNeutralForeground3 },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  label: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: {
    margin: 0,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // Full text always: wrap long words and web addresses instead of cutting them off.
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontStyle: "italic",
  },
  // The checkbox beside the text it selects, as in a mail list.
  body: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  check: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    margin: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS} 0`,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin,
    },
    // Forced colours draw the native box in system colours by themselves.
    "@media (forced-colors: active)": { accentColor: "auto", ":focus-visible": { outlineColor: "Highlight" } },
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  children: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  child: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    "@media (forced-colors: active)": { borderLeftColor: "CanvasText" },
  },
  childSelected: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    "@media (forced-colors: active)": { borderLeftColor: "Highlight" },
  },
  childrenCaption: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  plainChildren: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
});
