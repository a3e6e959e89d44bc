/** The executable entry of the command line (bundled to dist/cli.js, started by bin/alliance-notes.js). */
import { run } from './main';

process.exitCode = run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});
