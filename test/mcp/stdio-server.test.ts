import type {Client} from '@modelcontextprotocol/sdk/client/index.js';
import type {CallToolResult} from '@modelcontextprotocol/sdk/types.js';
import {AjvJsonSchemaValidator} from '@modelcontextprotocol/sdk/validation/ajv';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ASSISTANT_TOOLS} from '../../source/assistant/tools/index.js';
import {formatAmount, parseAmount} from '../../source/money.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';
import {connectStdioClient} from './mcp-process.js';

const dir = tempDir('aws-cost-mcp-');
const env = isolatedEnv(dir.path);

async function cliJson(argv: readonly string[]): Promise<Record<string, unknown>> {
	const run = await runCliInProcess(argv, env);
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout) as Record<string, unknown>;
}

const call = (client: Client, name: string, args: Record<string, unknown> = {}) =>
	client.callTool({name, arguments: args}) as Promise<CallToolResult>;

const textOf = (result: CallToolResult): string => (result.content[0] as {text: string}).text;

/** Counts that depend on what the cache held at the time: everything else must match. */
function withoutCounts(json: Record<string, unknown> | undefined): Record<string, unknown> {
	const {stats: _stats, billableRequests: _billable, ...rest} = json ?? {};
	return rest;
}

describe('aws-cost mcp over stdio (demo)', () => {
	let client: Client;
	let stderr: () => string;
	beforeAll(async () => {
		({client, stderr} = await connectStdioClient(['--demo'], env));
	}, 60_000);
	afterAll(async () => {
		await client?.close();
		dir.remove();
	});

	it('initializes as aws-cost with tools, resources and prompts, and says how to use them', () => {
		expect(client.getServerVersion()).toMatchObject({name: 'aws-cost', version: expect.stringMatching(/^\d+\.\d+\.\d+$/)});
		expect(client.getServerCapabilities()).toMatchObject({tools: {}, resources: {}, prompts: {}});
		expect(client.getInstructions()).toMatch(/aws-cost:\/\/scope/);
	});

	it("lists the chat's tools with valid JSON Schemas that accept good arguments and refuse unknown ones", async () => {
		const {tools} = await client.listTools();
		expect(tools.map(tool => tool.name)).toEqual(ASSISTANT_TOOLS.map(tool => tool.spec.name));
		const validator = new AjvJsonSchemaValidator();
		for (const tool of tools) {
			const spec = ASSISTANT_TOOLS.find(candidate => candidate.spec.name === tool.name)!.spec;
			expect(tool.description).toBe(spec.description);
			expect(tool.annotations).toMatchObject({readOnlyHint: true});
			const validate = validator.getValidator(tool.inputSchema);
			expect(validate({}).valid || tool.name === 'dimension_values').toBe(true);
			expect(validate({surprise: 1}).valid).toBe(false);
		}
		const query = tools.find(tool => tool.name === 'query_costs')!.inputSchema.properties as Record<string, {enum?: string[]}>;
		expect(query['metric']!.enum).toContain('AmortizedCost');
		expect(query['granularity']!.enum).toEqual(['HOURLY', 'DAILY', 'MONTHLY']);
		const queryValidator = validator.getValidator(tools.find(tool => tool.name === 'query_costs')!.inputSchema);
		expect(queryValidator({range: 'last-month', groupBy: ['SERVICE'], period: undefined}).valid).toBe(true);
		expect(queryValidator({period: {start: '2026-10-01'}}).valid).toBe(false);
	});

	it('query_costs answers with the numbers `aws-cost query --format json` prints, and a short table', async () => {
		const result = await call(client, 'query_costs', {range: 'last-month', groupBy: ['SERVICE']});
		expect(result.isError).toBeFalsy();
		const cli = await cliJson(['query', '--demo', '--range', 'last-month', '--group-by', 'SERVICE', '--format', 'json']);
		expect(withoutCounts(result.structuredContent)).toEqual(withoutCounts(cli));
		expect((cli['rows'] as unknown[]).length).toBeGreaterThan(10);
		expect(textOf(result)).toMatch(/^all costs by SERVICE, 2026-10 .*\nSERVICE \| amount \| share\n/);
		expect(textOf(result)).toContain(`Total: ${formatAmount(parseAmount((cli['total'] as {exact: string}).exact))}`);
	});

	it('forecast and anomalies answer with the JSON their CLI commands print', async () => {
		const forecast = await call(client, 'forecast');
		expect(forecast.isError).toBeFalsy();
		expect(withoutCounts(forecast.structuredContent)).toEqual(withoutCounts(await cliJson(['forecast', '--demo', '--format', 'json'])));
		expect(textOf(forecast)).toMatch(/^Forecast of all costs \(UnblendedCost\)/);
		const anomalies = await call(client, 'anomalies');
		expect(anomalies.isError).toBeFalsy();
		const cli = await cliJson(['anomalies', '--demo', '--format', 'json']);
		expect(withoutCounts(anomalies.structuredContent)).toEqual(withoutCounts(cli));
		expect(textOf(anomalies)).toMatch(/^Anomalies per service and account/);
	}, 30_000);

	it('answers every other tool with a table and structured data', async () => {
		const compare = await call(client, 'compare_periods', {range: 'last-month', previousRange: '2026-09', groupBy: 'SERVICE'});
		const september = await cliJson(['query', '--demo', '--range', '2026-09', '--format', 'json']);
		const october = await cliJson(['query', '--demo', '--range', '2026-10', '--format', 'json']);
		expect(compare.structuredContent).toMatchObject({
			metric: 'UnblendedCost',
			groupBy: 'SERVICE',
			current: {period: {start: '2026-10-01', end: '2026-11-01'}, total: {exact: (october['total'] as {exact: string}).exact}},
			previous: {period: {start: '2026-09-01', end: '2026-10-01'}, total: {exact: (september['total'] as {exact: string}).exact}},
		});
		const movers = await call(client, 'top_movers', {range: 'last-month', limit: 3});
		expect((movers.structuredContent?.['changes'] as unknown[]).length).toBe(3);
		expect(textOf(movers)).toMatch(/^Top movers: /);
		const accounts = await call(client, 'list_accounts');
		expect((accounts.structuredContent?.['accounts'] as {id: string}[]).every(account => /^\d{12}$/.test(account.id))).toBe(true);
		const values = await call(client, 'dimension_values', {dimension: 'SERVICE', search: 'EC2'});
		expect(values.structuredContent).toMatchObject({dimension: 'SERVICE', search: 'EC2'});
		expect((values.structuredContent?.['values'] as unknown[]).length).toBeGreaterThan(0);
		const today = await call(client, 'today');
		expect(today.structuredContent).toMatchObject({today: '2026-11-25', thisMonth: {start: '2026-11-01', end: '2026-11-26'}});
		for (const result of [compare, movers, accounts, values, today]) {
			expect(result.isError).toBeFalsy();
			expect(textOf(result).length).toBeGreaterThan(0);
		}
	});

	it('answers bad arguments with a one-line tool error, the CLI message where the CLI has one, and stays up', async () => {
		const old = await call(client, 'query_costs', {period: {start: '2024-01-01', end: '2024-02-01'}});
		const cli = await runCliInProcess(['query', '--demo', '--from', '2024-01-01', '--to', '2024-01-31'], env);
		expect(cli.code).toBe(2);
		expect(old.isError).toBe(true);
		expect(`aws-cost: ${textOf(old)}\n`).toBe(cli.stderr);
		const hourly = await call(client, 'query_costs', {range: 'last-month', granularity: 'HOURLY'});
		expect(`aws-cost: ${textOf(hourly)}\n`).toBe((await runCliInProcess(['query', '--demo', '--range', 'last-month', '--granularity', 'HOURLY'], env)).stderr);
		const bad: [string, Record<string, unknown>, RegExp][] = [
			['query_costs', {range: 'bogus'}, /^range: Unknown range "bogus"/],
			['query_costs', {metric: 'Dollars'}, /^metric "Dollars" is not one of UnblendedCost/],
			['compare_periods', {groupBy: 'COLOUR'}, /^groupBy "COLOUR" is not a dimension/],
			['top_movers', {limit: 99}, /^limit must be between 1 and 15, got 99\.$/],
			['forecast', {days: 0}, /^days must be between 1/],
			['anomalies', {dimension: 'REGION'}, /anomalies are found per SERVICE or LINKED_ACCOUNT/],
			['list_accounts', {page: 2}, /^Unknown argument "page": this tool takes no arguments\.$/],
			['dimension_values', {}, /^dimension is required/],
			['today', {profile: 'prod'}, /^Unknown argument "profile"/],
			['no_such_tool', {}, /^There is no tool "no_such_tool"/],
		];
		for (const [name, args, message] of bad) {
			const result = await call(client, name, args);
			expect(result.isError, name).toBe(true);
			expect(textOf(result), name).toMatch(message);
			expect(textOf(result)).not.toContain('\n');
		}
		expect((await call(client, 'today')).isError).toBeFalsy();
		expect(stderr()).toBe('');
	});

	it('describes its scope as a resource: demo data, who answers, today and the budget', async () => {
		const {resources} = await client.listResources();
		expect(resources.map(resource => resource.uri)).toEqual(['aws-cost://scope']);
		const read = await client.readResource({uri: 'aws-cost://scope'});
		const scope = JSON.parse((read.contents[0] as {text: string}).text) as Record<string, unknown>;
		expect(scope).toMatchObject({mode: 'demo', today: '2026-11-25', defaultScope: 'demo', budget: {maxRequests: 50}});
		expect(scope['note']).toMatch(/DEMO DATA/);
		expect((scope['scopes'] as {identity: {account: string}}[])[0]!.identity.account).toMatch(/^\d{12}$/);
		await expect(client.readResource({uri: 'aws-cost://nothing'})).rejects.toThrow(/There is no resource/);
	});

	it('offers the two prompts, and asks for the service of "why did it go up"', async () => {
		const {prompts} = await client.listPrompts();
		expect(prompts.map(prompt => prompt.name)).toEqual(['explain-this-months-bill', 'why-did-it-go-up']);
		const explain = await client.getPrompt({name: 'explain-this-months-bill'});
		expect((explain.messages[0]!.content as {text: string}).text).toMatch(/this month's AWS bill/);
		const why = await client.getPrompt({name: 'why-did-it-go-up', arguments: {service: 'EC2'}});
		expect((why.messages[0]!.content as {text: string}).text).toMatch(/Why did the cost of EC2 go up\?[^]*search "EC2"/);
		await expect(client.getPrompt({name: 'why-did-it-go-up', arguments: {}})).rejects.toThrow(/needs the argument "service"/);
	});

	it('answers an unknown method with "Method not found" and goes on', async () => {
		await expect(client.request({method: 'costs/everything', params: {}}, (await import('@modelcontextprotocol/sdk/types.js')).EmptyResultSchema)).rejects.toThrow(/Method not found/);
		await expect(client.ping()).resolves.toEqual({});
	});
});

describe('aws-cost mcp start-up', () => {
	it('without credentials and without --demo refuses in one line before serving (exit 2)', async () => {
		const home = tempDir('aws-cost-mcp-nocreds-');
		try {
			const run = await runCliProcess(['mcp'], isolatedEnv(home.path));
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr).toMatch(/^aws-cost: No AWS credentials found: .* or pass --demo for demo data\.\n$/);
		} finally {
			home.remove();
		}
	});

	it('refuses bad flags in one line', async () => {
		const cases: [string[], RegExp][] = [
			[['mcp', '--demo', '--max-requests', 'lots'], /^aws-cost: --max-requests "lots" must be a whole number/],
			[['mcp', '--demo', '--profile', 'prod'], /^aws-cost: --demo uses the built-in demo organization/],
			[['mcp', '--demo', '--range', 'last-month'], /^aws-cost: Unknown option '--range'/],
		];
		for (const [argv, message] of cases) {
			const run = await runCliInProcess(argv, env);
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(message);
			expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		}
		const help = await runCliInProcess(['mcp', '--help'], env);
		expect(help.stdout).toMatch(/^Usage: aws-cost mcp/);
		expect((await runCliInProcess(['--help'], env)).stdout).toMatch(/aws-cost mcp/);
	});
});
