import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CoverageSummary as Summary } from "../../core/coverage";
import { usePageStyles } from "../CoveragePage.styles";
import type { SectionName } from "../sectionNames";
import { count, percent } from "../wording";

const useStyles = makeStyles({
  figures: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalXXL, margin: 0 },
  figure: { display: "flex", flexDirection: "column-reverse", margin: 0 },
  figureValue: {
    margin: 0,
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Beside the figure, on its line: a line height of its own would lift the figure above its neighbours'.
  share: { fontSize: tokens.fontSizeBase300, lineHeight: 0, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  figureLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  chart: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  caption: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "14px", height: "14px", borderRadius: tokens.borderRadiusSmall, forcedColorAdjust: "none" },
  sections: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(300px, 1fr))",
    gap: tokens.spacingVerticalL,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  sectionItem: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  sectionName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  barLabel: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  track: {
    display: "flex",
    height: "12px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground4,
    forcedColorAdjust: "none",
    "@media (forced-colors: active)": { backgroundColor: "Canvas", outline: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  has: { backgroundColor: tokens.colorBrandBackground, "@media (forced-colors: active)": { backgroundColor: "CanvasText" } },
  approved: { backgroundColor: tokens.colorPaletteGreenForeground1, "@media (forced-colors: active)": { backgroundColor: "Highlight" } },
  // Stripes, so adapted differs from approved without its colour (and in forced colours).
  adapted: {
    backgroundColor: tokens.colorPaletteMarigoldBorderActive,
    backgroundImage: `repeating-linear-gradient(135deg, transparent 0 3px, ${tokens.colorNeutralBackground1} 3px 5px)`,
    "@media (forced-colors: active)": { backgroundColor: "Highlight", backgroundImage: "repeating-linear-gradient(135deg, transparent 0 3px, Canvas 3px 5px)" },
  },
  earlier: {
    boxSizing: "border-box",
    backgroundColor: tokens.colorPaletteBerryBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteBerryForeground1}`,
    "@media (forced-colors: active)": { backgroundColor: "Canvas", border: `${tokens.strokeWidthThick} solid Highlight` },
  },
  tableWrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, minWidth: "100%" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  rowHeader: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tableCaption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
});

const withShare = (part: number, whole: number) => `${count(part)} (${percent(part, whole)})`;

export type CoverageSummaryProps = { summary: Summary; sections: readonly SectionName[] };

/** What the batch holds: the headline figures, each section's shares as a chart, and the same numbers as a table. */
export function CoverageSummary({ summary, sections }: CoverageSummaryProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const { pds, withLanguage } = summary;
  const width = (part: number, whole: number) => ({ width: whole === 0 ? "0%" : `${(part / whole) * 100}%` });
  return (
    <section className={page.section} aria-labelledby="summary-heading">
      <h2 id="summary-heading" className={page.heading} tabIndex={-1}>
        Summary
      </h2>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.figureLabel}>PDs read</dt>
          <dd className={styles.figureValue}>{count(pds)}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.figureLabel}>PDs with any CX language</dt>
          <dd className={styles.figureValue}>
            {count(withLanguage)} <span className={styles.share}>({percent(withLanguage, pds)})</span>
          </dd>
        </div>
        {summary.plans + summary.notPds > 0 ? (
          <div className={styles.figure}>
            <dt className={styles.figureLabel}>Other documents read</dt>
            <dd className={styles.figureValue}>{count(summary.plans + summary.notPds)}</dd>
          </div>
        ) : null}
        {summary.notRead > 0 ? (
          <div className={styles.figure}>
            <dt className={styles.figureLabel}>Files not read</dt>
            <dd className={styles.figureValue}>{count(summary.notRead)}</dd>
          </div>
        ) : null}
      </dl>

      {summary.plans + summary.notPds > 0 ? (
        <p className={page.text}>
          Not counted as PDs: {count(summary.plans)} performance {summary.plans === 1 ? "plan" : "plans"} and {count(summary.notPds)}{" "}
          {summary.notPds === 1 ? "document" : "documents"} with no PD section.
        </p>
      ) : null}
      <figure className={styles.chart} aria-labelledby="chart-caption">
        <figcaption id="chart-caption" className={styles.caption}>
          For each section: the share of PDs read that have it, and of those, the share with CX language.
        </figcaption>
        <ul className={styles.legend} aria-label="Legend">
          <li className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles.has)} /> Has the section
          </li>
          <li className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles.approved)} /> Approved
          </li>
          <li className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles.adapted)} /> Adapted
          </li>
          <li className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles.earlier)} /> Earlier wording
          </li>
        </ul>
        <ul className={styles.sections}>
          {sections.map(({ id, name }) => {
            const s = summary.sections[id];
            return (
              <li key={id} className={styles.sectionItem} data-testid={`chart-${id}`}>
                <span className={styles.sectionName}>{name}</span>
                <span className={styles.barLabel}>
                  <span>Has the section</span>
                  <span>
                    {count(s.found)} of {count(pds)} ({percent(s.found, pds)})
                  </span>
                </span>
                <span className={styles.track} aria-hidden="true">
                  {s.found > 0 ? <span className={styles.has} style={width(s.found, pds)} /> : null}
                </span>
                <span className={styles.barLabel}>
                  <span>CX language</span>
                  <span>
                    {count(s.withLanguage)} of {count(s.found)} ({percent(s.withLanguage, s.found)}): {count(s.approved)} approved, {count(s.adapted)} adapted,{" "}
                    {count(s.earlier)} earlier
                  </span>
                </span>
                <span className={styles.track} aria-hidden="true">
                  {s.approved > 0 ? <span className={styles.approved} style={width(s.approved, s.found)} /> : null}
                  {s.adapted > 0 ? <span className={styles.adapted} style={width(s.adapted, s.found)} /> : null}
                  {s.earlier > 0 ? <span className={styles.earlier} style={width(s.earlier, s.found)} /> : null}
                </span>
              </li>
            );
          })}
        </ul>
      </figure>

      <div className={styles.tableWrap} role="region" aria-labelledby="sections-caption" tabIndex={0}>
        <table className={styles.table} data-testid="summary-table">
          <caption id="sections-caption" className={styles.tableCaption}>
            Sections in numbers
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                Section
              </th>
              <th scope="col" className={styles.th}>
                PDs with the section
              </th>
              <th scope="col" className={styles.th}>
                Of those, with CX language
              </th>
              <th scope="col" className={styles.th}>
                Approved
              </th>
              <th scope="col" className={styles.th}>
                Adapted
              </th>
              <th scope="col" className={styles.th}>
                Earlier wording
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map(({ id, name }) => {
              const s = summary.sections[id];
              return (
                <tr key={id}>
                  <th scope="row" className={mergeClasses(styles.th, styles.rowHeader)}>
                    {name}
                  </th>
                  <td className={styles.td}>{withShare(s.found, pds)}</td>
                  <td className={styles.td}>{withShare(s.withLanguage, s.found)}</td>
                  <td className={styles.td}>{withShare(s.approved, s.found)}</td>
                  <td className={styles.td}>{withShare(s.adapted, s.found)}</td>
                  <td className={styles.td}>{withShare(s.earlier, s.found)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
