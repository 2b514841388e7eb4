import { Button } from "@fluentui/react-components";
import { coverageCsv, coverageJson, type CoverageReport } from "../../core/coverage";
import { usePageStyles } from "../CoveragePage.styles";
import { downloadName } from "../wording";

/** Saves `text` as a file through the browser's download (nothing is sent anywhere). */
export function saveFile(text: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once it started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type DownloadsProps = { report: CoverageReport };

/** Download CSV (one row per PD) and Download JSON (the command's format) of what was read. */
export function Downloads({ report }: DownloadsProps) {
  const styles = usePageStyles();
  return (
    <div className={styles.row}>
      <Button appearance="primary" onClick={() => saveFile(coverageCsv(report), "text/csv;charset=utf-8", downloadName("csv"))}>
        Download CSV
      </Button>
      <Button onClick={() => saveFile(coverageJson(report), "application/json", downloadName("json"))}>Download JSON</Button>
    </div>
  );
}
