import packageJson from '../../package.json' with {type: 'json'};
import {runCache} from './cache-command.js';
import type {CommandIo} from './io.js';
import {runQuery} from './query-command.js';
import {runTui, type TuiLauncher} from './tui-command.js';
import {terminalText} from '../terminal-text.js';

export const USAGE = `aws-cost ${packageJson.version}: make an AWS bill understandable

Usage:
  aws-cost [--demo] [--profile P] [--theme dark|light|no-color]   full-screen app
           [--source parquet:GLOB | athena:DB.TABLE]               an export instead (docs/exports.md)
           [--offline | --provider ollama|openai] [--model M]      who answers its chat
           [--timeout SECONDS]                                    per request (default 30)
  aws-cost query [options]          costs as table, json, csv or markdown
  aws-cost forecast [options]       where the month will end, with 80% / 95% intervals
  aws-cost anomalies [options]      unusual days per service and account, and what drove them
  aws-cost savings [options]        rightsizing, Savings Plans and reservations, largest first
  aws-cost budgets [add|remove]     this month against your budgets
  aws-cost ask "QUESTION"           ask in plain language (Ollama, remote model, or offline)
  aws-cost cache stats|clear        what the local cache holds and saved
  aws-cost serve [options]          the same answers as an HTTP API (REST, OpenAPI, health)
  aws-cost mcp [--demo]             the chat's cost tools for AI agents (Model Context Protocol, stdio)

  aws-cost sources                  where cost data can come from, and the default
  aws-cost demo export [options]    the demo organization as CUR 2.0 / FOCUS Parquet

Run \`aws-cost <command> --help\` for a command's options. Without AWS credentials
the app shows a labelled demo organization; scripts need --demo for demo data.
`;

export interface Launchers {
	readonly tui: () => Promise<TuiLauncher>;
}

/** Dispatches to a sub-command; returns the process exit code. */
export async function main(
	argv: readonly string[],
	io: CommandIo & {readonly stdinIsTty: boolean},
	launchers: Launchers,
): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'query':
			return runQuery(rest, io);
		case 'cache':
			return runCache(rest, io);
		case 'forecast': {
			const {runForecast} = await import('./forecast-command.js');
			return runForecast(rest, io);
		}
		case 'anomalies': {
			const {runAnomalies} = await import('./anomalies-command.js');
			return runAnomalies(rest, io);
		}
		case 'savings': {
			const {runSavings} = await import('./savings-command.js');
			return runSavings(rest, io);
		}
		case 'budgets': {
			const {runBudgets} = await import('./budgets-command.js');
			return runBudgets(rest, io);
		}
		case 'serve': {
			const {runServe} = await import('./serve-command.js');
			return runServe(rest, io);
		}
		case 'sources': {
			const {runSources} = await import('./sources-command.js');
			return runSources(rest, io);
		}
		case 'demo': {
			const {runDemo} = await import('./demo-command.js');
			return runDemo(rest, io);
		}
		case 'ask': {
			const {runAsk} = await import('./ask-command.js');
			return runAsk(rest, io);
		}
		case 'mcp': {
			const {runMcp} = await import('./mcp-command.js');
			return runMcp(rest, io);
		}
		case 'help':
		case '--help':
		case '-h':
			io.stdout.write(USAGE);
			return 0;
		case '--version':
		case '-v':
			io.stdout.write(`${packageJson.version}\n`);
			return 0;
		default:
			if (command !== undefined && !command.startsWith('-')) {
				io.stderr.write(`aws-cost: unknown command "${terminalText(command)}": see \`aws-cost --help\`.\n`);
				return 2;
			}
			return runTui(argv, io, launchers.tui);
	}
}
