/** The HTML shell of both panels: a strict Content-Security-Policy with a fresh nonce per load, local files only. */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

export function csp(webview: vscode.Webview, nonce: string): string {
  return [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`].join('; ');
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, script: 'trend' | 'guide', title: string): string {
  const nonce = randomBytes(18).toString('base64');
  const src = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'dist', `${script}.js`));
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp(webview, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>${title}</title>
</head>
<body>
<main id="root"></main>
<script nonce="${nonce}" src="${src}"></script>
</body>
</html>`;
}
