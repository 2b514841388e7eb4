import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";

/** One indent step per list level (Word indents list levels by a fixed amount). */
const listLevels: Record<string, GriffelStyle> = Object.fromEntries(
  Array.from({ length: 9 }, (_, level) => [`level${level}`, { paddingInlineStart: `calc(${tokens.spacingHorizontalXL} * ${level + 1})` }]),
);

const blink = {
  "0%": { opacity: 1 },
  "50%": { opacity: 0 },
  "100%": { opacity: 1 },
};

export const useDocumentViewStyles = makeStyles({
  canvas: {
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXXL,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    maxWidth: "8.5in",
    marginInline: "auto",
    fontFamily: tokens.fontFamilyBase,
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  band: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalXXXL,
    fontSize: tokens.fontSizeBase200,
  },
  bandLabel: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    textTransform: "uppercase",
    letterSpacing: "0.05em",
    userSelect: "none",
  },
  body: {
    paddingBlock: tokens.spacingVerticalXXL,
    paddingInline: tokens.spacingHorizontalXXXL,
  },
  paragraph: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minHeight: tokens.lineHeightBase300,
    marginBlock: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "text",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  bandParagraph: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, marginBlock: 0 },
  text: { whiteSpace: "pre-wrap", flexGrow: 1, minWidth: 0 },
  title: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  heading1: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorBrandForeground1,
    marginBlockStart: tokens.spacingVerticalXL,
  },
  heading2: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    marginBlockStart: tokens.spacingVerticalL,
  },
  heading3: { fontWeight: tokens.fontWeightSemibold, marginBlockStart: tokens.spacingVerticalM },
  bold: { fontWeight: tokens.fontWeightBold },
  centered: { justifyContent: "center", textAlign: "center" },
  right: { justifyContent: "flex-end", textAlign: "end" },
  marker: {
    flexShrink: 0,
    minWidth: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    userSelect: "none",
  },
  ...listLevels,
  table: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    marginBlock: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalXS,
  },
  control: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlockEnd: tokens.spacingVerticalXS,
    marginBlock: tokens.spacingVerticalM,
  },
  controlLabel: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    userSelect: "none",
  },
  /** A paragraph the selection touches. */
  touched: {
    backgroundColor: tokens.colorSubtleBackgroundHover,
    "@media (forced-colors: active)": { outline: `${tokens.strokeWidthThin} dotted CanvasText` },
  },
  selectedText: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { backgroundColor: "Highlight", color: "HighlightText", forcedColorAdjust: "none" },
  },
  caret: {
    display: "inline-block",
    width: 0,
    height: "1.2em",
    verticalAlign: "text-bottom",
    marginInline: "-1px",
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralForeground1,
    animationName: blink,
    animationDuration: "1.1s",
    animationTimingFunction: "steps(1, end)",
    animationIterationCount: "infinite",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
    "@media (forced-colors: active)": { borderInlineStartColor: "CanvasText" },
  },
  hint: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
