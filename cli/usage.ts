// The `--help` text of the leaklens command line (DESIGN.md "Command line").

export const USAGE = `Usage:
  npm run -s leaklens -- build-bundle --rules DIR [--docs DIR] --out FILE
  npm run -s leaklens -- scan [--bundle FILE] [--format json|table] [--sensitivity low|normal|high] FILE_OR_URL...

Commands:
  build-bundle   Validate the rules in DIR and write one compiled bundle to FILE.
                 --docs DIR: folder of the plain-text copies named by "source:" fields; they are
                 turned into fingerprint hashes and never copied into the bundle.
                 SOURCE_DATE_EPOCH, if set, gives the bundle's "created" date.
  scan           Scan HTML files, plain-text (.txt) files or http(s) URLs with the same extraction
                 and engine as the extension, using the built-in rules unless --bundle is given.
                 --format json prints one JSON object per input per line.

Exit status: 0 when every input was processed (whatever was found), 2 on bad input.
`;
