// Drives the real yaml-language-server (npm, a devDependency) over stdio, as an editor does: the
// diagnostics it publishes for a file are what a user sees in VS Code, Neovim or JetBrains.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  message: string;
  severity?: number;
  range: { start: { line: number; character: number } };
}

const require = createRequire(import.meta.url);

/** The diagnostics yaml-language-server publishes for each file (opened in turn), schema loading included. */
export async function yamlDiagnostics(files: readonly string[], root: string): Promise<Map<string, Diagnostic[]>> {
  const server = require.resolve('yaml-language-server/bin/yaml-language-server');
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: dirname(server), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const published = new Map<string, Diagnostic[]>();
  const waiting = new Map<string, (d: Diagnostic[]) => void>();
  const send = (message: object): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method: string, params: unknown): Promise<unknown> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ id, method, params });
    });
  const settings = { yaml: { validate: true, hover: false, completion: false, schemaStore: { enable: false }, schemas: {} } };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: ([0-9]+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as {
        id?: number;
        method?: string;
        params?: { uri: string; diagnostics: Diagnostic[] } & { items?: unknown[] };
        result?: unknown;
      };
      buffer = buffer.subarray(end + 4 + length);
      if (message.method === 'textDocument/publishDiagnostics' && message.params) {
        published.set(message.params.uri, message.params.diagnostics);
        waiting.get(message.params.uri)?.(message.params.diagnostics);
      } else if (message.method === 'workspace/configuration' && message.id !== undefined) {
        const items = message.params?.items ?? [];
        send({ id: message.id, result: items.map(() => settings.yaml) });
      } else if (message.method !== undefined && message.id !== undefined) {
        send({ id: message.id, result: null }); // client/registerCapability and the like
      } else if (message.id !== undefined) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      }
    }
  });
  try {
    const rootUri = pathToFileURL(root).href;
    await request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'repo' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    });
    send({ method: 'initialized', params: {} });
    send({ method: 'workspace/didChangeConfiguration', params: { settings } });
    const out = new Map<string, Diagnostic[]>();
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      const got = new Promise<Diagnostic[]>((resolve, reject) => {
        waiting.set(uri, resolve);
        child.once('exit', () => reject(new Error(`yaml-language-server exited: ${stderr}`)));
      });
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } } });
      out.set(file, await got);
    }
    await request('shutdown', null);
    send({ method: 'exit' });
    return out;
  } finally {
    child.kill();
  }
}
