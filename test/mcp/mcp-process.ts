import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process';
import {join} from 'node:path';
import {Client} from '@modelcontextprotocol/sdk/client/index.js';
import {StdioClientTransport} from '@modelcontextprotocol/sdk/client/stdio.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const cliCommand = (args: readonly string[]) => [process.execPath, ['--import', 'tsx', join(repoRoot, 'cli.ts'), 'mcp', ...args]] as const;

const stringEnv = (env: NodeJS.ProcessEnv): Record<string, string> =>
	Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));

/** `aws-cost mcp ARGS` as its own process, driven by the real MCP SDK client; stderr is collected. */
export async function connectStdioClient(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{client: Client; stderr: () => string}> {
	const [command, commandArgs] = cliCommand(args);
	const transport = new StdioClientTransport({command, args: [...commandArgs], env: stringEnv(env), cwd: repoRoot, stderr: 'pipe'});
	let stderr = '';
	transport.stderr?.on('data', chunk => (stderr += chunk));
	const client = new Client({name: 'aws-cost-test', version: '1.0.0'});
	await client.connect(transport);
	return {client, stderr: () => stderr};
}

/** A raw process speaking line-delimited JSON-RPC, for what a well-behaved client never sends. */
export interface RawMcpProcess {
	readonly child: ChildProcessWithoutNullStreams;
	send(line: string): void;
	/** The next message the server writes (one JSON line). */
	next(): Promise<Record<string, unknown>>;
	exited: Promise<{code: number | null; stderr: string}>;
}

export function spawnRawMcp(args: readonly string[], env: NodeJS.ProcessEnv): RawMcpProcess {
	const [command, commandArgs] = cliCommand(args);
	const child = spawn(command, commandArgs, {cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe']});
	let buffer = '';
	let stderr = '';
	const lines: string[] = [];
	const waiting: ((line: string) => void)[] = [];
	child.stdout.on('data', chunk => {
		buffer += chunk;
		let index;
		while ((index = buffer.indexOf('\n')) >= 0) {
			const line = buffer.slice(0, index);
			buffer = buffer.slice(index + 1);
			const waiter = waiting.shift();
			if (waiter) waiter(line);
			else lines.push(line);
		}
	});
	child.stderr.on('data', chunk => (stderr += chunk));
	const exited = new Promise<{code: number | null; stderr: string}>(resolve => child.once('close', code => resolve({code, stderr})));
	return {
		child,
		send: line => void child.stdin.write(`${line}\n`),
		next: () => {
			const line = lines.shift();
			return Promise.resolve(line ?? new Promise<string>(resolve => waiting.push(resolve))).then(text => JSON.parse(text) as Record<string, unknown>);
		},
		exited,
	};
}

export const INITIALIZE = JSON.stringify({
	jsonrpc: '2.0',
	id: 0,
	method: 'initialize',
	params: {protocolVersion: '2025-06-18', capabilities: {}, clientInfo: {name: 'raw', version: '1'}},
});
export const INITIALIZED = JSON.stringify({jsonrpc: '2.0', method: 'notifications/initialized'});
