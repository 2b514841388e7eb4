import type { ReactNode } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    flexShrink: 0,
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export type PaneHeaderProps = {
  /** Buttons beside the title (Refresh, Settings). */
  actions?: ReactNode;
  /** Below the title: the document type, section controls and search; they stay in view while the list scrolls. */
  children?: ReactNode;
};

export function PaneHeader({ actions, children }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Text as="h1" size={400} weight="semibold">
          CX Language
        </Text>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </header>
  );
}
