/** Both panels' HTML for a given webview: a fresh nonce per load, resources from media/ only. */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { panelHtml } from '../webview/html';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, script: 'trend' | 'guide', title: string): string {
  return panelHtml({
    cspSource: webview.cspSource,
    nonce: randomBytes(18).toString('base64'),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'dist', `${script}.js`)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css')).toString(),
    title,
  });
}
