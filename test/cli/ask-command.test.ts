import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {type AskIo, runAsk} from '../../source/cli/ask-command.js';
import {silentLogger} from '../../source/log.js';
import {type FakeReply, type FakeServer, refusedUrl, startFakeOllama, text, toolCall} from '../fixtures/fake-ollama.js';
import {startFakeOpenAI} from '../fixtures/fake-openai.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

interface AskRun {
	readonly code: number;
	/** Each write to stdout, in order: streaming shows as several. */
	readonly writes: readonly string[];
	readonly stdout: string;
	readonly stderr: string;
}

const dir = tempDir('aws-cost-ask-');
afterAll(() => dir.remove());

let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function ask(argv: string[], extraEnv: NodeJS.ProcessEnv = {}, terminal: Pick<AskIo, 'confirm' | 'stdinIsTty'> = {}): Promise<AskRun> {
	const writes: string[] = [];
	let stderr = '';
	const io: AskIo = {
		stdout: {write: (chunk: string) => writes.push(chunk)},
		stderr: {write: (chunk: string) => (stderr += chunk)},
		// Blank any OpenAI or Ollama settings of the machine running the tests.
		env: isolatedEnv(dir.path, {OPENAI_API_KEY: '', OPENAI_BASE_URL: '', OLLAMA_HOST: server?.url ?? '', ...extraEnv}),
		logger: silentLogger,
		...terminal,
	};
	const code = await runAsk(argv, io);
	return {code, writes, stdout: writes.join(''), stderr};
}

async function withOllama(replies: FakeReply[]): Promise<void> {
	server = await startFakeOllama({replies});
}

describe('aws-cost ask with Ollama', () => {
	it('streams the answer to stdout as it arrives', async () => {
		await withOllama([text('Your bill ', 'is mostly ', 'EC2.')]);
		const run = await ask(['What is my bill?', '--demo', '--no-cache']);
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.writes).toEqual(['Your bill ', 'is mostly ', 'EC2.', '\n']);
		expect(server!.requests[0]!['model']).toBe('qwen2.5');
	});

	it('prints answer, canonical queries and provider with --json', async () => {
		await withOllama([[toolCall('query_costs', {range: 'last-month', groupBy: ['service']})], text('EC2 led.')]);
		const run = await ask(['--json', '--demo', '--no-cache', '--model', 'llama3.2', 'Costs by service last month?']);
		expect(run.code).toBe(0);
		expect(run.writes).toHaveLength(1);
		const json = JSON.parse(run.stdout) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual(['answer', 'queries', 'provider']);
		expect(json).toEqual({
			answer: 'EC2 led.',
			queries: [
				{
					period: {start: '2026-10-01', end: '2026-11-01'},
					granularity: 'MONTHLY',
					metric: 'UnblendedCost',
					groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
					scope: {source: 'demo'},
				},
			],
			provider: 'ollama',
		});
		expect(server!.requests[0]!['model']).toBe('llama3.2');
		const toolResult = (server!.requests[1]!['messages'] as {role: string; content: string}[]).at(-1)!;
		expect(toolResult.content).toMatch(/^all costs by SERVICE, 2026-10 \(MONTHLY, UnblendedCost/);
		expect(toolResult.content).toMatch(/\nTotal: \$[\d,]+\.\d\d/);
	});

	it('uses --today for the date in the system prompt', async () => {
		await withOllama([text('ok')]);
		await ask(['hi', '--demo', '--no-cache', '--today', '2026-06-30']);
		const [system] = server!.requests[0]!['messages'] as {content: string}[];
		expect(system!.content).toContain('Today is 2026-06-30 (UTC).');
	});

	it('keeps a cut answer, marks it, and exits 1 with one line on stderr', async () => {
		await withOllama([[...text('EC2 cost $1,'), {type: 'cut'}]]);
		const run = await ask(['EC2?', '--demo', '--no-cache']);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('EC2 cost $1,\n[answer cut off]\n');
		expect(run.stderr).toBe('aws-cost: The answer from Ollama was cut off (the connection closed early): ask again.\n');
	});

	it('stops a model that loops on tool calls', async () => {
		server = await startFakeOllama({replies: () => [toolCall('today', {})]});
		const run = await ask(['loop', '--demo', '--no-cache']);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('aws-cost: stopped: the model kept calling tools (6 rounds): ask a narrower question, or use --offline.\n');
	});

	it('answers offline, saying why, when Ollama is not running', async () => {
		const url = await refusedUrl();
		const run = await ask(['How much did I spend on S3 last month?', '--demo', '--no-cache', '--json'], {OLLAMA_HOST: url});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe(
			`aws-cost: Ollama is not running at ${url}: start it with \`ollama serve\`, or use --offline. Answering with the offline parser.\n`,
		);
		const json = JSON.parse(run.stdout) as {answer: string; queries: unknown[]; provider: string};
		expect(json.provider).toBe('offline');
		expect(json.answer).toMatch(/\$[\d,]+\.\d\d/);
		expect(json.queries).toHaveLength(1);
	});

	it('answers with the offline parser only, without a request, with --offline', async () => {
		await withOllama([text('never')]);
		const run = await ask(['How much did I spend on S3 last month?', '--offline', '--demo', '--no-cache']);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/\$[\d,]+\.\d\d/);
		expect(server!.requests).toHaveLength(0);
	});
});

describe('aws-cost ask --demo --offline answers no broader question than asked', () => {
	const offline = (question: string): Promise<AskRun> => ask([question, '--demo', '--offline', '--no-cache', '--today', '2026-11-25']);

	it('EC2 in eu-west-1 last month is EC2 in eu-west-1 only, not every region', async () => {
		const run = await offline('What did EC2 cost in eu-west-1 last month?');
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(
			'You spent $4,919.74 on Amazon Elastic Compute Cloud - Compute in region eu-west-1 (Europe (Ireland)) in October 2026.\n',
		);
		const all = await offline('What did EC2 cost last month?');
		expect(all.stdout).toContain('$28,142.48');
	});

	it('a service the bill lacks is named, with no figure and exit 2', async () => {
		const run = await offline('How much did we spend on Snowflake last month?');
		expect(run.code).toBe(2);
		expect(run.stdout).toMatch(/^I found no service called Snowflake in this bill/);
		expect(run.stdout).not.toMatch(/\$[\d,]+\.\d\d/);
	});

	it('a region the bill lacks is said, not $0.00', async () => {
		const run = await offline('What did EC2 cost in Frankfurt last month?');
		expect(run.stdout).toBe('I found no region eu-central-1 (Europe (Frankfurt)) in this bill in October 2026, so there is no figure to give.\n');
	});

	it.each([
		['How much did we spend last month excluding credits?', /excluding credits in October 2026\./],
		['What did we spend last weekend?', /from 2026-11-21 to 2026-11-22\. The weekend is taken as Saturday 2026-11-21 and Sunday 2026-11-22\./],
		['What did we spend on Black Friday?', /on 2025-11-28\. Black Friday is taken as 2025-11-28, the most recent one\./],
		['How much did we spend in H1?', /from January 2026 to June 2026\. H1 is taken as January to June 2026\./],
		['What did we spend two weeks ago?', /from 2026-11-09 to 2026-11-15\. Weeks run Monday to Sunday \(ISO weeks\)\./],
		['What did we spend in the summer?', /from June 2026 to August 2026\. Summer is taken as June to August 2026 \(northern hemisphere\)\./],
		['What did we spend the week before last?', /from 2026-11-09 to 2026-11-15\./],
	])('%s states what it applied', async (question, applied) => {
		const run = await offline(question);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^You spent \$[\d,]+\.\d\d /);
		expect(run.stdout).toMatch(applied);
	});
});

describe('aws-cost ask with an OpenAI-compatible endpoint', () => {
	const argv = ['hi', '--provider', 'openai', '--model', 'local', '--demo', '--no-cache'];

	it('without a terminal sends nothing and remembers nothing unless --yes-remote is passed', async () => {
		server = await startFakeOpenAI({replies: [text('one'), text('two')]});
		const env = {AWS_COST_OPENAI_BASE_URL: server.url, AWS_COST_OPENAI_API_KEY: 'sk-test-secret', XDG_STATE_HOME: `${dir.path}/no-tty`};
		const refused = await ask(argv, env);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toBe(
			`aws-cost: --provider openai would send your question to ${server.url}, which no one has agreed to here: pass --yes-remote (the notice of what is sent is printed), or use --offline.\n`,
		);
		expect(server.requests).toHaveLength(0);
		const flagged = await ask([...argv, '--yes-remote'], env);
		expect(flagged.code).toBe(0);
		expect(flagged.stdout).toBe('one\n');
		expect(flagged.stderr).toContain(`Questions will be sent to the model at ${server.url}.`);
		expect(flagged.stderr).toContain('It never receives AWS credentials');
		// --yes-remote is no person's yes: the next run without it is refused again.
		expect((await ask(argv, env)).code).toBe(2);
		expect(JSON.stringify(server.requests)).not.toContain('sk-test-secret');
	});

	it('at a terminal asks once; a yes is remembered, so later runs (scripts too) send without asking', async () => {
		server = await startFakeOpenAI({replies: [text('one'), text('two')]});
		const env = {AWS_COST_OPENAI_BASE_URL: server.url, AWS_COST_OPENAI_API_KEY: 'sk-test-secret', XDG_STATE_HOME: `${dir.path}/tty`};
		const prompts: string[] = [];
		const first = await ask(argv, env, {stdinIsTty: true, confirm: async prompt => (prompts.push(prompt), true)});
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('one\n');
		expect(first.stderr).toContain(`Questions will be sent to the model at ${server.url}.`);
		expect(prompts).toEqual([`Send questions to ${server.url}? [y/N] `]);
		const second = await ask(argv, env);
		expect(second.code).toBe(0);
		expect(second.stdout).toBe('two\n');
		expect(second.stderr).toBe('');
	});

	it('at a terminal, a no sends nothing and the offline parser answers', async () => {
		server = await startFakeOpenAI({replies: [text('never')]});
		const env = {AWS_COST_OPENAI_BASE_URL: server.url, AWS_COST_OPENAI_API_KEY: 'sk-test-secret', XDG_STATE_HOME: `${dir.path}/no`};
		const run = await ask(['How much did I spend on S3 last month?', ...argv.slice(1)], env, {stdinIsTty: true, confirm: async () => false});
		expect(run.code).toBe(0);
		expect(run.stderr).toContain(`aws-cost: Nothing was sent to ${server.url}. Answering with the offline parser.\n`);
		expect(run.stdout).toMatch(/^You spent \$[\d,]+\.\d\d on Amazon Simple Storage Service/);
		expect(server.requests).toHaveLength(0);
	});
});

describe('aws-cost ask: bad input and missing credentials', () => {
	it.each<[string[], number, RegExp]>([
		[['--demo'], 2, /^aws-cost: Ask a question, e\.g\. aws-cost ask "What did EC2 cost last month\?"\n$/],
		[['hi', '--demo', '--provider', 'gemini'], 2, /^aws-cost: Unknown provider "gemini": use ollama or openai, or --offline\.\n$/],
		[['hi', '--demo', '--offline', '--model', 'x'], 2, /^aws-cost: --offline answers without a model: drop --provider\/--model\.\n$/],
		[['hi', '--demo', '--today', '2026-13-01'], 2, /^aws-cost: --today \/ AWS_COST_TODAY "2026-13-01" is not a date/],
		[['hi', '--demo', '--temperature', '1'], 2, /^aws-cost: Unknown option '--temperature'/],
		[['hi'], 2, /^aws-cost: No AWS credentials found: configure a profile .* or pass --demo for demo data\.\n$/],
		[['hi', '--demo', '--provider', 'openai'], 2, /^aws-cost: OpenAI needs an API key: set AWS_COST_OPENAI_API_KEY/],
	])('%j exits %i with one line', async (argv, code, stderr) => {
		const run = await ask(argv);
		expect(run.code).toBe(code);
		expect(run.stderr).toMatch(stderr);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stdout).toBe('');
	});

	it('prints its usage with --help', async () => {
		const run = await ask(['--help']);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Usage: aws-cost ask "QUESTION"/);
	});
});
