// The `--help` text of the leaklens command line (DESIGN.md "Command line").

export const USAGE = `Usage:
  npm run -s leaklens -- build-bundle --rules DIR [--docs DIR] --out FILE
  npm run -s leaklens -- scan [--bundle FILE] [--format json|table] [--sensitivity low|normal|high] FILE_OR_URL...
  npm run -s leaklens -- keygen --out PREFIX
  npm run -s leaklens -- sign --key FILE.key BUNDLE.json
  npm run -s leaklens -- verify --pub FILE.pub [--sig FILE] BUNDLE.json

Commands:
  build-bundle   Validate the rules in DIR and write one compiled bundle to FILE.
                 --docs DIR: folder of the plain-text copies named by "source:" fields; they are
                 turned into fingerprint hashes and never copied into the bundle.
                 SOURCE_DATE_EPOCH, if set, gives the bundle's "created" date.
  scan           Scan HTML files, plain-text (.txt) files or http(s) URLs with the same extraction
                 and engine as the extension, using the built-in rules unless --bundle is given.
                 --format json prints one JSON object per input per line.
  keygen         Write a new Ed25519 key pair for signed bundle updates: PREFIX.key (private,
                 mode 0600; keep it offline, never commit it) and PREFIX.pub (for
                 rules/update-key.pub). Existing files are never overwritten.
  sign           Write BUNDLE.json.sig: the Ed25519 signature over the file's exact bytes, base64.
                 A bundle the extension would refuse (schema, engine) is not signed.
  verify         Check BUNDLE.json against its signature (BUNDLE.json.sig unless --sig) and the
                 public key, and its contents as the extension would.

Exit status: 0 when every input was processed (whatever was found), 2 on bad input;
verify exits 1 when the signature or the bundle is invalid.
`;
