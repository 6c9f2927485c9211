import {argumentRecord} from './arguments.js';
import {capRows, compactTable, plural} from './compact-table.js';
import type {AssistantTool} from './tool.js';

/** `list_accounts`: the linked accounts the current scope can see. */
export const listAccountsTool: AssistantTool = {
	spec: {
		name: 'list_accounts',
		description: 'List the AWS accounts (id and name) in the organization, e.g. to filter by LINKED_ACCOUNT.',
		parameters: {type: 'object', properties: {}},
	},
	async run(args, context) {
		argumentRecord(args, []);
		const accounts = [...(await context.engine.accounts(context.signal === undefined ? {} : {signal: context.signal}))].sort((a, b) => a.name.localeCompare(b.name));
		const {shown, hidden} = capRows(accounts, 30);
		const lines = [`${plural(accounts.length, 'account')}:`, compactTable(['id', 'name'], shown.map(account => [account.id, account.name]))];
		if (hidden.length > 0) lines.push(`(${plural(hidden.length, 'more account')} not shown)`);
		return {text: lines.join('\n'), summary: `listed ${plural(accounts.length, 'account')}`, results: [], data: {accounts: accounts.map(({id, name}) => ({id, name}))}};
	},
};
