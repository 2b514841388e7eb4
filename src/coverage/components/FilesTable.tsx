import { Button, Field, makeStyles, mergeClasses, Select, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  COVERAGE_FILTERS,
  SECTION_CELL_WORDS,
  sectionCell,
  sortFiles,
  type FileCoverage,
  type SectionCell,
  type CoverageColumn,
  type SortDirection,
} from "../../core/coverage";
import { usePageStyles } from "../CoveragePage.styles";
import type { SectionName } from "../sectionNames";
import { count } from "../wording";

/** Rows shown at first and added by "Show more": enough to scan, few enough to render at once for any batch. */
export const ROWS_PER_PAGE = 100;

const useStyles = makeStyles({
  controls: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL },
  // Long filter names ("Factors 6 and 7 – … without CX language") must not widen the select past a narrow window.
  filter: { flex: "1 1 260px", minWidth: 0, maxWidth: "420px" },
  select: { width: "100%", minWidth: 0 },
  wrap: { overflowX: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: "left",
    verticalAlign: "bottom",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "nowrap",
  },
  arrow: { paddingLeft: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase100 },
  sortButton: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  td: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  file: { overflowWrap: "anywhere", minWidth: "18ch", textAlign: "left", fontWeight: tokens.fontWeightRegular },
  cell: { minWidth: "8ch" },
  approved: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  adapted: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  earlier: { color: tokens.colorPaletteBerryForeground1, fontWeight: tokens.fontWeightSemibold },
  none: { color: tokens.colorNeutralForeground1 },
  "not-found": { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  notRead: { color: tokens.colorPaletteRedForeground1 },
  more: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

type Column = { id: CoverageColumn; label: string };

export type FilesTableProps = { files: readonly FileCoverage[]; sections: readonly SectionName[] };

/** Every file of the batch, filtered and sorted, a page of rows at a time; files not read show why. */
export function FilesTable({ files, sections }: FilesTableProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const [filterId, setFilterId] = useState(COVERAGE_FILTERS[0]!.id);
  const [sort, setSort] = useState<{ column: CoverageColumn; direction: SortDirection }>({ column: "file", direction: "ascending" });
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const filter = COVERAGE_FILTERS.find((f) => f.id === filterId) ?? COVERAGE_FILTERS[0]!;
  const rows = useMemo(
    () =>
      sortFiles(
        files.filter((f) => filter.matches(f)),
        sort.column,
        sort.direction,
      ),
    [files, filter, sort],
  );
  const columns: Column[] = [
    { id: "file", label: "File" },
    { id: "title", label: "Title" },
    { id: "series", label: "Series" },
    { id: "grade", label: "Grade" },
    ...sections.map(({ id, short }) => ({ id, label: short })),
  ];
  const sortBy = (column: CoverageColumn) => {
    setSort((prev) => ({ column, direction: prev.column === column && prev.direction === "ascending" ? "descending" : "ascending" }));
    setShown(ROWS_PER_PAGE);
  };
  const visible = rows.slice(0, shown);

  return (
    <section className={page.section} aria-labelledby="files-heading">
      <h2 id="files-heading" className={page.heading}>
        PDs
      </h2>
      <div className={styles.controls}>
        <Field label="Show" className={styles.filter}>
          <Select
            className={styles.select}
            value={filter.id}
            onChange={(_, data) => {
              setFilterId(data.value);
              setShown(ROWS_PER_PAGE);
            }}
          >
            {COVERAGE_FILTERS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
        <p className={page.text} data-testid="rows-shown" aria-live="polite">
          {rows.length === 0 ? "No files match." : `Showing ${count(visible.length)} of ${count(rows.length)} ${rows.length === 1 ? "file" : "files"}.`}
        </p>
      </div>
      <div className={styles.wrap} role="region" aria-labelledby="files-caption" tabIndex={0}>
        <table className={styles.table} data-testid="files-table">
          <caption id="files-caption" className={page.visuallyHidden}>
            PDs: {filter.label}, sorted by {columns.find((c) => c.id === sort.column)?.label} ({sort.direction})
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort.column === column.id;
                return (
                  <th key={column.id} scope="col" className={styles.th} aria-sort={sorted ? sort.direction : undefined}>
                    <Button appearance="subtle" size="small" className={styles.sortButton} onClick={() => sortBy(column.id)}>
                      {column.label}
                      {sorted ? (
                        <span aria-hidden="true" className={styles.arrow}>
                          {sort.direction === "ascending" ? "▲" : "▼"}
                        </span>
                      ) : null}
                    </Button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((file) => (
              <tr key={file.file}>
                <th scope="row" className={mergeClasses(styles.td, styles.file)}>
                  {file.file}
                </th>
                {file.ok ? (
                  <>
                    <td className={styles.td}>{file.title ?? "—"}</td>
                    <td className={styles.td}>{file.series ?? "—"}</td>
                    <td className={styles.td}>{file.grade ?? "—"}</td>
                    {file.kind !== "pd" ? (
                      <td className={mergeClasses(styles.td, styles["not-found"])} colSpan={sections.length}>
                        {file.kind === "plan" ? "A performance plan, not a PD" : "No PD section found"}
                      </td>
                    ) : (
                      sections.map(({ id }) => {
                        const cell: SectionCell = sectionCell(file.sections[id]);
                        return (
                          <td key={id} className={mergeClasses(styles.td, styles.cell, styles[cell])}>
                            {SECTION_CELL_WORDS[cell]}
                          </td>
                        );
                      })
                    )}
                  </>
                ) : (
                  <td className={mergeClasses(styles.td, styles.notRead)} colSpan={columns.length - 1}>
                    Not read: {file.reason}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown ? (
        <div className={styles.more}>
          <Button onClick={() => setShown((n) => n + ROWS_PER_PAGE)}>Show {count(Math.min(ROWS_PER_PAGE, rows.length - shown))} more</Button>
        </div>
      ) : null}
    </section>
  );
}
