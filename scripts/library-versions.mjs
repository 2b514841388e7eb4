// `npm run library:versions -- OLD.json NEW.json`: see libraryVersions.ts.
import { createJiti } from "jiti";

const jiti = createJiti(import.meta.url);
const { main } = await jiti.import("./libraryVersions.ts");
process.exitCode = main(process.argv.slice(2), console.log, console.error);
