// The same real-editor suite under @vscode/test-electron, for machines that can download VS Code
// (these cannot: use `npm run test:editor`, which runs it in code-server).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist', 'test', 'vscode', 'index.js'),
    launchArgs: [path.join(root, 'test', 'fixtures', 'editor'), '--disable-extensions'],
    extensionTestsEnv: { ALLIANCE_TEST_MODE: 'folder', ALLIANCE_TEST_WORKSPACE: path.join(root, 'test', 'fixtures', 'editor') },
  });
} catch (e) {
  console.error(`alliance-notes: ${e.message}`);
  process.exit(1);
}
