// Bundles the extension, the command line and the benchmark to CommonJS with esbuild
// (unified and remark are ESM-only; VS Code loads CommonJS). Type-checking is `npm run typecheck`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['src/bench/bench.ts'], outfile: 'dist/bench.js' }),
  // Webview scripts: browser bundles, no Node.
  build({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning', entryPoints: ['media/trend.ts'], outfile: 'media/dist/trend.js' }),
  build({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning', entryPoints: ['media/guide.ts'], outfile: 'media/dist/guide.js' }),
  // The real-editor suite: its runner keeps mocha and vscode external (the extension host provides vscode).
  build({ ...common, entryPoints: ['test/vscode/index.ts'], outfile: 'dist/test/vscode/index.js', external: ['vscode', 'mocha'] }),
  build({ ...common, entryPoints: ['test/vscode/suite.test.ts'], outfile: 'dist/test/vscode/suite.js', external: ['vscode', 'mocha'] }),
]);
