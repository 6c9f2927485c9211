import {afterEach, expect, it} from 'vitest';
import {registerCommand, registeredCommands, unregisterCommand} from '../../source/cli/commands.js';
import {main} from '../../source/cli/main.js';

afterEach(() => unregisterCommand('hello'));

const io = () => {
	const out: string[] = [];
	const err: string[] = [];
	return {
		out,
		err,
		io: {stdout: {write: (text: string) => out.push(text)}, stderr: {write: (text: string) => err.push(text)}, env: {}, logger: () => {}, stdinIsTty: false},
	};
};
const noTui = {tui: () => Promise.reject(new Error('not launched'))};

it('ships every command in the registry, in the order --help lists them', () => {
	expect(registeredCommands().map(command => command.name)).toEqual(['query', 'forecast', 'anomalies', 'savings', 'budgets', 'now', 'check', 'ask', 'cache', 'history', 'views', 'serve', 'mcp', 'sources', 'plugins', 'demo', 'init', 'config', 'report', 'watch']);
});

it('runs a registered command with the arguments after its name, and lists it in --help', async () => {
	registerCommand({
		name: 'hello',
		usage: 'NAME              says hello',
		run: async (argv, commandIo) => {
			commandIo.stdout.write(`hello ${argv.join(' ')}\n`);
			return 0;
		},
	});
	const ran = io();
	expect(await main(['hello', 'world'], ran.io as never, noTui)).toBe(0);
	expect(ran.out.join('')).toBe('hello world\n');
	const help = io();
	expect(await main(['--help'], help.io as never, noTui)).toBe(0);
	expect(help.out.join('')).toContain('  aws-cost hello NAME              says hello\n');
	expect(() => registerCommand({name: 'query', usage: '', run: async () => 0})).toThrow('already registered');
});

it('still refuses a command nobody registered', async () => {
	const ran = io();
	expect(await main(['bogus'], ran.io as never, noTui)).toBe(2);
	expect(ran.err.join('')).toContain('unknown command "bogus"');
});
