// An example aws-cost plugin (plugin API version 1): a Microsoft Teams notifier,
// a tab-separated output format and a small analyzer. Plain ES module, no dependencies.

/** Posts a report to a Teams incoming webhook (or a Workflows "post to a channel" URL) as an Adaptive Card. */
const teams = {
	scheme: 'teams',
	async deliver(target, message, {signal}) {
		if (!/^https?:\/\//.test(target)) throw new Error(`"${target}" is not a webhook URL: use teams:https://…`);
		const card = {
			type: 'AdaptiveCard',
			$schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
			version: '1.4',
			body: [
				{type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true},
				{type: 'TextBlock', text: message.markdown, wrap: true},
			],
		};
		const response = await globalThis.fetch(target, {
			method: 'POST',
			headers: {'content-type': 'application/json'},
			body: JSON.stringify({type: 'message', attachments: [{contentType: 'application/vnd.microsoft.card.adaptive', content: card}]}),
			signal,
		});
		if (!response.ok) throw new Error(`Teams answered HTTP ${response.status}`);
	},
};

const cell = text => String(text).replace(/[\t\r\n]+/g, ' ');

/** `--format tsv`: one line per row, amounts exact, for spreadsheets and `cut`. */
const tsv = {
	name: 'tsv',
	extension: 'tsv',
	format(results, {money}) {
		const groups = Math.max(0, ...results.map(({result}) => result.query.groupBy.length));
		const header = ['scope', 'start', 'end', ...Array.from({length: groups}, (_, index) => `key_${index + 1}`), 'amount', 'unit', 'estimated'];
		const lines = [header.join('\t')];
		for (const {label, result} of results) {
			for (const row of result.rows) {
				const keys = Array.from({length: groups}, (_, index) => row.keys[index] ?? '');
				lines.push([label, row.start, row.end, ...keys, money.toString(row.amount), row.unit, String(row.estimated)].map(cell).join('\t'));
			}
		}
		return `${lines.join('\n')}\n`;
	},
};

/** The first day of the month `monthsBack` months before `today`'s. */
function monthStart(today, monthsBack) {
	const [year, month] = today.split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1 - monthsBack, 1));
	return date.toISOString().slice(0, 10);
}

/** Warns when one service is more than half of last month's bill. */
const topServiceShare = {
	name: 'top-service-share',
	description: "flags a service that is more than half of last month's bill",
	async analyze({engine, scope, today, signal, money}) {
		const result = await engine.run(
			{period: {start: monthStart(today, 1), end: monthStart(today, 0)}, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [{type: 'DIMENSION', key: 'SERVICE'}], scope},
			{signal},
		);
		if (result.empty || result.total <= 0n) return [];
		const top = [...result.rows].sort((a, b) => money.compare(b.amount, a.amount))[0];
		const percent = Number((top.amount * 1000n) / result.total) / 10;
		return [
			{
				title: `${top.keys[0]} is ${percent}% of last month`,
				detail: `${money.format(top.amount, top.unit)} of ${money.format(result.total, result.unit)}${percent > 50 ? ': one service dominates the bill' : ''}.`,
				severity: percent > 50 ? 'warning' : 'info',
				amount: money.toString(top.amount),
			},
		];
	},
};

export default {
	apiVersion: 1,
	name: 'aws-cost-plugin-teams',
	notifiers: [teams],
	exporters: [tsv],
	analyzers: [topServiceShare],
};
