import {createHmac} from 'node:crypto';
import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {startHttpReceiver, startSmtpReceiver} from './receivers.js';
import {runLogged, writeSettings} from './report-run.js';

// The demo's first report reads weeks of history with a cold cache: slow on a loaded machine, never a hang.
vi.setConfig({testTimeout: 120_000});

const dir = tempDir('aws-cost-report-');
afterAll(() => dir.remove());
let configCount = 0;
/** A fresh settings directory per test; the cache is shared, so the demo's queries run once. */
function freshEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, `config-${configCount++}`), ...extra});
	writeSettings(env, {reports: {backoffSeconds: 0.01, retries: 3}});
	return env;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	await Promise.all(closers.splice(0).map(close => close()));
});

describe('aws-cost report to Slack and webhooks', () => {
	it('posts Block Kit to a Slack incoming webhook: a header, then a section per part of the report', async () => {
		const slack = await startHttpReceiver();
		closers.push(slack.close);
		const run = await runLogged(['report', '--demo', '--to', `slack:${slack.url('/services/T000/B000/XXXXsecretXXXX')}`], freshEnv());
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('aws-cost: report for demo sent to slack (127.0.0.1:' + new URL(slack.url('/')).port + ')\n');
		expect(slack.requests).toHaveLength(1);
		const [request] = slack.requests;
		expect(request!.headers['content-type']).toBe('application/json');
		const body = JSON.parse(request!.body) as {text: string; blocks: Array<{type: string; text: {type: string; text: string}}>};
		expect(body.text).toBe('Daily AWS costs: demo (2026-11-25)');
		expect(body.blocks[0]).toEqual({type: 'header', text: {type: 'plain_text', text: 'Daily AWS costs: demo (2026-11-25)', emoji: true}});
		const sections = body.blocks.slice(1).map(block => block.text.text);
		expect(sections[0]).toMatch(/^2026-11-24 · UnblendedCost\n\n\*\$[\d,.]+ in 2026-11-24 \([+-]\$[\d,.]+, [+-][\d.]+% vs 2026-11-23\)\*$/);
		expect(sections[1]).toMatch(/^\*Daily cost\*\n\n`[▁▂▃▄▅▆▇█]{14}`/);
		expect(sections[2]).toMatch(/^\*Top movers\*\n\n• \*/);
		expect(sections.some(text => /^\*Anomalies\*/.test(text))).toBe(true);
		expect(body.blocks.every(block => block.type === 'header' || block.text.type === 'mrkdwn')).toBe(true);
	});

	it('signs the versioned webhook body with HMAC-SHA256 when a secret is set, and retries after 500s', async () => {
		const hook = await startHttpReceiver({statuses: [500, 503]});
		closers.push(hook.close);
		const secret = 'whsec-correct-horse-battery-staple';
		const run = await runLogged(['report', '--demo', '--template', 'weekly', '--to', 'webhook'], freshEnv({AWS_COST_WEBHOOK_URL: hook.url('/hooks/aws-cost'), AWS_COST_WEBHOOK_SECRET: secret}));
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(hook.requests).toHaveLength(3);
		expect(new Set(hook.requests.map(request => request.body)).size).toBe(1);
		const {body, headers} = hook.requests[2]!;
		const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
		expect(headers['x-aws-cost-signature']).toBe(expected);
		const payload = JSON.parse(body) as {version: number; type: string; sentAt: string; title: string; data: {version: number; kind: string; template: string; total: number; daily: unknown[]; movers: unknown[]}};
		expect(payload).toMatchObject({version: 1, type: 'aws-cost.report', title: 'Weekly AWS costs: demo (2026-11-25)', data: {version: 1, kind: 'aws-cost.report', template: 'weekly'}});
		expect(typeof payload.data.total).toBe('number');
		expect(payload.data.daily).toHaveLength(28);
		expect(new Date(payload.sentAt).toISOString()).toBe(payload.sentAt);
	});

	it('sends no signature without a secret', async () => {
		const hook = await startHttpReceiver();
		closers.push(hook.close);
		const run = await runLogged(['report', '--demo', '--to', `webhook:${hook.url('/in')}`], freshEnv());
		expect(run.code).toBe(0);
		expect(hook.requests[0]!.headers['x-aws-cost-signature']).toBeUndefined();
	});

	it('gives up after the retries with one line and exit 1, naming the host but never the secret URL or signing key', async () => {
		const hook = await startHttpReceiver({statuses: [500, 500, 500, 500, 500]});
		closers.push(hook.close);
		const file = join(dir.path, 'also.md');
		const run = await runLogged(
			['report', '--demo', '--to', `slack:${hook.url('/services/T1/B1/TOPSECRETTOKEN')}`, '--to', `file:${file}`],
			freshEnv({AWS_COST_WEBHOOK_SECRET: 'never-print-this-secret'}),
		);
		expect(run.code).toBe(1);
		expect(hook.requests).toHaveLength(4);
		expect(run.stderr).toBe(`aws-cost: report for demo not delivered to slack (${new URL(hook.url('/')).host}): ${new URL(hook.url('/')).host} answered HTTP 500 (after 4 attempts)\n`);
		// The other destination still got it.
		expect(readFileSync(file, 'utf8')).toMatch(/^# Daily AWS costs: demo/);
		for (const text of [run.stdout, run.stderr, run.log]) {
			expect(text).not.toContain('TOPSECRETTOKEN');
			expect(text).not.toContain('never-print-this-secret');
		}
	});

	it('times out a receiver that never answers', async () => {
		const hook = await startHttpReceiver({hang: true});
		closers.push(hook.close);
		const env = freshEnv();
		writeSettings(env, {reports: {retries: 1, backoffSeconds: 0.01}});
		const run = await runLogged(['report', '--demo', '--timeout', '0.5', '--to', `webhook:${hook.url('/slow')}`], env);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/: 127\.0\.0\.1:\d+ did not answer within 0\.5 s \(after 2 attempts\)\n$/);
		expect(hook.requests).toHaveLength(2);
	}, 60_000);
});

describe('aws-cost report by email and to files', () => {
	it('sends HTML with a text part through SMTP, with the password from the settings file', async () => {
		const smtp = await startSmtpReceiver({user: 'reports', password: 'smtp-pass-w0rd-xyz'}, {rejectFirst: 1});
		closers.push(smtp.close);
		const env = freshEnv();
		writeSettings(env, {reports: {backoffSeconds: 0.01, smtp: {host: '127.0.0.1', port: smtp.port, secure: false, user: 'reports', password: 'smtp-pass-w0rd-xyz', from: 'aws-cost@example.com'}}});
		const run = await runLogged(['report', '--demo', '--to', 'email:team@example.com,cfo@example.com'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(smtp.mails).toHaveLength(1);
		const [mail] = smtp.mails;
		expect(mail).toMatchObject({from: 'aws-cost@example.com', to: ['team@example.com', 'cfo@example.com'], user: 'reports'});
		expect(mail!.raw).toMatch(/^Subject: Daily AWS costs: demo \(2026-11-25\)\r?$/m);
		expect(mail!.raw).toContain('Content-Type: text/plain');
		expect(mail!.raw).toContain('Content-Type: text/html');
		expect(statSync(join(env['AWS_COST_CONFIG_DIR']!, 'config.json')).mode & 0o777).toBe(0o600);
	});

	it('fails with one line when the SMTP server refuses the password, and never prints it', async () => {
		const smtp = await startSmtpReceiver({user: 'reports', password: 'right-password'});
		closers.push(smtp.close);
		const env = freshEnv({AWS_COST_SMTP_HOST: '127.0.0.1', AWS_COST_SMTP_PORT: String(smtp.port), AWS_COST_SMTP_USER: 'reports', AWS_COST_SMTP_PASSWORD: 'wrong-password-1234', AWS_COST_SMTP_FROM: 'a@example.com'});
		const run = await runLogged(['report', '--demo', '--to', 'email:team@example.com'], env);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`aws-cost: report for demo not delivered to email:team@example.com: the SMTP server 127.0.0.1:${smtp.port} refused the user name or password\n`);
		expect(run.log).not.toContain('wrong-password-1234');
		expect(smtp.mails).toHaveLength(0);
	});

	it('writes Markdown, HTML, XLSX and JSON files by extension, private to their owner', async () => {
		const paths = ['r.md', 'r.html', 'r.xlsx', 'r.json'].map(name => join(dir.path, name));
		const run = await runLogged(['report', '--demo', ...paths.flatMap(path => ['--to', `file:${path}`])], freshEnv());
		expect(run.code).toBe(0);
		expect(readFileSync(paths[0]!, 'utf8')).toMatch(/^# Daily AWS costs: demo\n/);
		expect(readFileSync(paths[1]!, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg /);
		expect(readFileSync(paths[2]!).subarray(0, 2).toString()).toBe('PK');
		expect(JSON.parse(readFileSync(paths[3]!, 'utf8'))).toMatchObject({version: 1, kind: 'aws-cost.report'});
		for (const path of paths) expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	it('prints the report without --to, as Markdown, HTML or JSON', async () => {
		const markdown = await runLogged(['report', '--demo'], freshEnv());
		expect(markdown.stdout).toMatch(/^# Daily AWS costs: demo\n/);
		const json = await runLogged(['report', '--demo', '--format', 'json'], freshEnv());
		expect(JSON.parse(json.stdout)).toMatchObject({version: 1, kind: 'aws-cost.report', template: 'daily'});
		const html = await runLogged(['report', '--demo', '--format', 'html'], freshEnv());
		expect(html.stdout).toMatch(/^<!doctype html>/);
	});

	it.each([
		[['--to', 'pager:123'], /^aws-cost: --to "pager": unknown destination; use slack:…, webhook:…, email:…, file:…/],
		[['--to', 'slack'], /^aws-cost: --to slack needs a URL: give slack:URL, or set AWS_COST_SLACK_WEBHOOK_URL/],
		[['--to', 'webhook:ftp://example.com/x'], /^aws-cost: --to webhook: must be an http\(s\) URL, not ftp:\.\n$/],
		[['--to', 'email:nobody'], /^aws-cost: --to email:nobody is not an email address\n$/],
		[['--to', 'file:report.pdf'], /^aws-cost: --to file:report\.pdf needs one of the extensions \.md, \.html, \.xlsx, \.json\n$/],
		[['--template', 'hourly'], /^aws-cost: --template "hourly" is neither daily, weekly, monthly nor a readable template file\.\n$/],
		[['--format', 'csv'], /^aws-cost: --format "csv": use markdown, html, json\.\n$/],
		[['--range', 'last-month'], /^aws-cost: Unknown option '--range'/],
	])('refuses %j with one line and exit 2, before reading any data', async (args, message) => {
		const run = await runLogged(['report', '--demo', ...args], freshEnv());
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.code).toBe(2);
	});
});
