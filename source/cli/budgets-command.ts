import {addBudget as addToStore, budgetStoreFor, describeBudget} from '../application/budget-changes.js';
import {badInput} from '../errors.js';
import {prepareBudgets} from '../application/reports/budgets.js';
import {printScopedReports} from './print-scoped-reports.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {loadPluginsFor} from './plugin-needs.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';
import {optionHelp} from './option-help.js';

export const BUDGETS_USAGE = `Usage: aws-cost budgets [options]                  this month against each budget
       aws-cost budgets add --name N --amount USD [--service S] [--account ID] [--tag key=value]
       aws-cost budgets remove N

Budgets are monthly, in dollars, kept in the settings file (AWS_COST_CONFIG_DIR moves it).
The status projects the month end with the forecast: "will exceed by $120.00 on the 24th".

  --metric M            UnblendedCost (default), AmortizedCost, …
${optionHelp('profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

const ADD_OPTIONS = {
	name: {type: 'string'},
	amount: {type: 'string'},
	service: {type: 'string'},
	account: {type: 'string'},
	tag: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
} as const;

async function addBudget(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs(argv, ADD_OPTIONS);
	if (values.help) {
		io.stdout.write(BUDGETS_USAGE);
		return 0;
	}
	if (values.name === undefined || values.amount === undefined) throw badInput('budgets add needs --name and --amount, e.g. --name Storage --amount 500.');
	const store = budgetStoreFor(io.env);
	const budget = await addToStore(store, {
		name: values.name,
		amount: values.amount,
		...(values.service === undefined ? {} : {service: values.service}),
		...(values.account === undefined ? {} : {account: values.account}),
		...(values.tag === undefined ? {} : {tag: values.tag}),
	});
	io.stdout.write(`Added budget "${budget.name}": ${describeBudget(budget)} (${store.path}).\n`);
	return 0;
}

async function removeBudget(positionals: readonly string[], io: CommandIo): Promise<number> {
	const name = positionals.join(' ').trim();
	if (name === '') throw badInput('Say which budget to remove: aws-cost budgets remove NAME.');
	await budgetStoreFor(io.env).remove(name);
	io.stdout.write(`Removed budget "${name}".\n`);
	return 0;
}

/** `aws-cost budgets [add|remove]`: this month against each budget, or change the list. */
export function runBudgets(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const [action, ...rest] = argv;
		if (action === 'add') return addBudget(rest, io);
		if (action === 'remove') return removeBudget(parseCommandArgs(rest, {}, true).positionals, io);
		if (action !== undefined && !action.startsWith('-')) throw badInput(`Unknown budgets action "${action}": use add or remove, or no action to list.`);
		const {values} = parseCommandArgs(argv, QUERY_OPTIONS);
		if (values.help) {
			io.stdout.write(BUDGETS_USAGE);
			return 0;
		}
		const flags = withDefaultSource(values, io.env);
		await loadPluginsFor({source: flags.source}, io);
		return printScopedReports(prepareBudgets(flags, budgetStoreFor(io.env).list(), io.env), io);
	});
}
