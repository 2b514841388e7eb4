import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalXS },
});

/** Shown when the page is opened in a plain browser: the pane only works inside Word. */
export function OutsideOffice() {
  const styles = useStyles();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This pane runs inside Microsoft Word.</MessageBarTitle>
          Open it from Word to see and insert CX language for your document.
        </MessageBarBody>
      </MessageBar>
      <Text as="h2" weight="semibold">
        To add it to Word on the web
      </Text>
      <ol className={styles.steps}>
        <li>Open a document in Word on the web.</li>
        <li>Select Home &gt; Add-ins &gt; More Settings &gt; Upload My Add-in.</li>
        <li>Upload the add-in&apos;s manifest.xml file (your IT team can provide it).</li>
        <li>Select CX Language on the Home tab.</li>
      </ol>
      <Text>
        In Word on Windows or Mac, your IT team can deploy the add-in to everyone, or you can add it from a shared
        folder catalog.
      </Text>
    </>
  );
}
