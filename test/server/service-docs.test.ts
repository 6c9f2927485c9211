import {type ChildProcess, execFileSync, spawn, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {request} from 'node:https';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadApiAccess, parseSettingsTokens, sha256} from '../../source/server/api-tokens.js';
import {type OpsServer, startOpsServer} from '../fixtures/ops-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const sectionStart = readme.indexOf('## Running the server as a service');
const section = readme.slice(sectionStart, readme.indexOf('\n## ', sectionStart + 1));

/** The one code block of `language` in the README's service section, as documented. */
function documented(language: string): string {
	const blocks = [...section.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(match => match[1] ?? '');
	expect(blocks, language).toHaveLength(1);
	return blocks[0]!;
}

const dir = tempDir('aws-cost-service-');
afterAll(() => dir.remove());

const environmentFile = (): Record<string, string> =>
	Object.fromEntries(
		documented('sh')
			.split('\n')
			.filter(line => line.includes('='))
			.map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
	);

describe('the service documentation', () => {
	it('documents an environment file whose tokens parse with the scopes it says', () => {
		const env = environmentFile();
		const access = loadApiAccess(env, join(dir.path, 'no-settings'));
		expect(access.tokens.map(token => [token.name, [...token.scopes]])).toEqual([
			['grafana', ['read']],
			['ops', ['read', 'admin']],
		]);
		expect(section).toMatch(/`name:scopes:secret`/);
	});

	it('documents settings-file tokens as hashes', () => {
		const secret = 'a-documented-secret-0123456789';
		const settings = JSON.parse(documented('json').replace('<64 hex digits>', sha256(secret).toString('hex'))) as {apiTokens: unknown};
		expect(parseSettingsTokens(settings.apiTokens).map(token => token.name)).toEqual(['ci']);
		// The documented way to hash a secret gives the hash the server compares.
		expect(execFileSync('sh', ['-c', `printf %s "$SECRET" | sha256sum`], {env: {...process.env, SECRET: secret}, encoding: 'utf8'}).split(' ')[0]).toBe(sha256(secret).toString('hex'));
	});

	it('documents a systemd unit that systemd-analyze verifies', () => {
		const bin = join(dir.path, 'aws-cost');
		writeFileSync(bin, '#!/bin/sh\nexit 0\n');
		chmodSync(bin, 0o755);
		const unit = join(dir.path, 'aws-cost.service');
		// The documented path of the installed command; this machine has the command elsewhere.
		writeFileSync(unit, documented('ini').replace('/usr/local/bin/aws-cost', bin));
		const verified = spawnSync('systemd-analyze', ['verify', unit], {encoding: 'utf8'});
		expect(verified.error, 'systemd-analyze must be installed (Debian: systemd)').toBeUndefined();
		expect(verified.stderr).toBe('');
		expect(verified.status).toBe(0);
		expect(documented('ini')).toMatch(/^ExecStart=\/usr\/local\/bin\/aws-cost serve .*--metrics-open$/m);
	});
});

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as {port: number};
	await new Promise(resolve => server.close(resolve));
	return port;
}

/** GET over TLS trusting only the test certificate. */
function tlsGet(url: string, ca: string, headers: Record<string, string> = {}): Promise<{status: number; body: string; headers: Record<string, unknown>}> {
	return new Promise((resolve, reject) => {
		const sent = request(url, {ca, headers}, response => {
			let body = '';
			response.on('data', chunk => (body += chunk));
			response.on('end', () => resolve({status: response.statusCode ?? 0, body, headers: response.headers}));
		});
		sent.once('error', reject);
		sent.end();
	});
}

describe('the documented nginx block in front of the server', () => {
	let nginx: ChildProcess | undefined;
	let servers: OpsServer[] = [];
	afterAll(async () => {
		nginx?.kill('SIGTERM');
		await Promise.all(servers.map(server => server.close()));
	});

	it('terminates TLS, passes the bearer token, and an open server refuses what it forwards', async () => {
		const prefix = join(dir.path, 'nginx');
		mkdirSync(prefix, {recursive: true});
		const certificate = join(prefix, 'cert.pem');
		const key = join(prefix, 'key.pem');
		execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', certificate], {stdio: 'ignore'});
		const env = isolatedEnv(dir.path);
		const documentedEnv = environmentFile();
		const secret = /grafana:read:([^,]+)/.exec(documentedEnv['AWS_COST_API_TOKENS'] ?? '')?.[1] ?? '';
		const guarded = await startOpsServer(env, {access: loadApiAccess(documentedEnv, join(dir.path, 'no-settings'))});
		const open = await startOpsServer(env);
		servers = [guarded, open];
		const [guardedPort, openPort] = [await freePort(), await freePort()];
		const block = (listen: number, upstream: string): string =>
			documented('nginx')
				.replace('listen 443 ssl;', `listen 127.0.0.1:${listen} ssl;`)
				.replace('/etc/ssl/certs/cost.example.com.pem', certificate)
				.replace('/etc/ssl/private/cost.example.com.key', key)
				.replace('http://127.0.0.1:8787', upstream);
		const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(name => `${name}_temp_path ${join(prefix, name)};`).join('\n');
		writeFileSync(
			join(prefix, 'nginx.conf'),
			`pid ${join(prefix, 'nginx.pid')};\nerror_log stderr;\nevents {}\nhttp {\naccess_log off;\n${temp}\n${block(guardedPort, guarded.url)}\n${block(openPort, open.url)}\n}\n`,
		);
		let stderr = '';
		nginx = spawn('nginx', ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off; master_process off;'], {stdio: ['ignore', 'ignore', 'pipe']});
		nginx.stderr?.on('data', chunk => (stderr += chunk));
		const started = await new Promise<boolean>(resolve => {
			nginx!.once('error', () => resolve(false));
			const poll = async (tries: number): Promise<void> => {
				try {
					await tlsGet(`https://127.0.0.1:${guardedPort}/health`, readFileSync(certificate, 'utf8'));
					resolve(true);
				} catch {
					if (tries > 0) setTimeout(() => void poll(tries - 1), 100);
					else resolve(false);
				}
			};
			void poll(50);
		});
		expect(started, `nginx must be installed (Debian: nginx-light) and start: ${stderr}`).toBe(true);
		const ca = readFileSync(certificate, 'utf8');

		const health = await tlsGet(`https://127.0.0.1:${guardedPort}/health`, ca);
		expect([health.status, health.body]).toEqual([200, '{"status":"ok"}']);
		expect((await tlsGet(`https://127.0.0.1:${guardedPort}/api/v1/costs?range=last-month`, ca)).status).toBe(401);
		const answered = await tlsGet(`https://127.0.0.1:${guardedPort}/api/v1/costs?range=last-month`, ca, {authorization: `Bearer ${secret}`});
		expect(answered.status).toBe(200);
		expect(JSON.parse(answered.body)).toHaveProperty('rows');
		expect(answered.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

		const refused = await tlsGet(`https://127.0.0.1:${openPort}/api/v1/costs?range=last-month`, ca);
		expect(refused.status).toBe(403);
		expect(JSON.parse(refused.body).detail).toMatch(/no API tokens/);
	});
});
