/** The cx-coverage command's arguments: what to read, where to write the report, which library and agency. */

export interface CoverageArguments {
  inputs: string[];
  /** A file path, "-" for standard output, or null for none. */
  json: string | null;
  csv: string | null;
  library: string | null;
  agency: string | null;
}

export const USAGE = `Usage: npx cx-coverage <folder or files…> [--json FILE] [--csv FILE] [--library FILE] [--agency NAME]

Reads Word PDs (.docx; folders are searched, subfolders included) and reports, for each PD and each CX section,
whether the section is there and how its CX language stands (approved, adapted, earlier wording).

  --json FILE     write the report as JSON ("-": standard output; the default when neither is given)
  --csv FILE      write one row per file, one column per section, as CSV ("-": standard output)
  --library FILE  the CX language library to look for (default: content/library.json)
  --agency NAME   the agency whose name fills {{agency}} in the library's text (default: the library's)
  --help          show this help

Exit code: 0 when every file was read, 1 when some could not be (the report lists them with the reason),
2 for bad arguments.
`;

const VALUE_FLAGS = { "--json": "json", "--csv": "csv", "--library": "library", "--agency": "agency" } as const;

export type Parsed = { ok: true; arguments: CoverageArguments } | { ok: true; help: true } | { ok: false; problem: string };

/** The arguments, or the problem with them in words. Files are not looked at here. */
export function parseCoverageArguments(argv: readonly string[]): Parsed {
  const parsed: CoverageArguments = { inputs: [], json: null, csv: null, library: null, agency: null };
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (flagsEnded || argument === "-" || !argument.startsWith("-")) {
      if (argument === "-") return { ok: false, problem: 'Reading from standard input is not supported: name the files or folders ("-" is for --json and --csv).' };
      parsed.inputs.push(argument);
      continue;
    }
    if (argument === "--") {
      flagsEnded = true;
      continue;
    }
    if (argument === "--help" || argument === "-h") return { ok: true, help: true };
    const [flag, inline] = argument.startsWith("--") && argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [argument, undefined];
    const key = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS];
    if (!key) return { ok: false, problem: `Unknown option ${flag}.` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return { ok: false, problem: `${flag} needs a value.` };
    if (parsed[key] !== null) return { ok: false, problem: `${flag} is given twice.` };
    parsed[key] = value;
  }
  if (parsed.inputs.length === 0) return { ok: false, problem: "No files or folders to read." };
  if (parsed.json === "-" && parsed.csv === "-") return { ok: false, problem: "Only one of --json and --csv can write to standard output." };
  if (parsed.json === null && parsed.csv === null) parsed.json = "-";
  return { ok: true, arguments: parsed };
}
