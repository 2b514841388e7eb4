import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/** The page fills the window; each column scrolls on its own. */
export const usePreviewGlobalStyles = makeStaticStyles({
  "html, body, #root": { height: "100%", margin: 0 },
});

export const usePreviewPageStyles = makeStyles({
  root: {
    display: "grid",
    // Word's task pane is about 350 CSS pixels wide by default.
    gridTemplateColumns: "minmax(0, 1fr) 22rem",
    gridTemplateRows: "minmax(0, 1fr)",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 48rem)": { gridTemplateColumns: "minmax(0, 1fr)", gridTemplateRows: "minmax(0, 1fr) minmax(0, 1fr)" },
  },
  documentColumn: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBlockEndWidth: tokens.strokeWidthThin,
    borderBlockEndStyle: "solid",
    borderBlockEndColor: tokens.colorNeutralStroke2,
  },
  status: {
    marginInlineStart: "auto",
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  scroll: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
  },
  paneColumn: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  pane: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
  },
});
