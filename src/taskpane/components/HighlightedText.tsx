import { makeStyles, tokens } from "@fluentui/react-components";
import { highlightRuns, type TextRange } from "../../core/search";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Highlight",
      color: "HighlightText",
    },
  },
});

export type HighlightedTextProps = { text: string; highlights?: readonly TextRange[] };

/** Text with search matches in <mark>; plain text when there is nothing to highlight. */
export function HighlightedText({ text, highlights }: HighlightedTextProps) {
  const styles = useStyles();
  if (!highlights || highlights.length === 0) return <>{text}</>;
  return (
    <>
      {highlightRuns(text, highlights).map((run, index) =>
        run.match ? (
          <mark key={index} className={styles.mark}>
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
