import {describe, expect, test} from 'vitest';
import {type Amount, parseAmount} from '../../source/money.js';
import type {GroupBy} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import {buildTableRows, filterTableRows, nextSortColumn, sortTableRows} from '../../source/view/table-rows.js';

const service: GroupBy = {type: 'DIMENSION', key: 'SERVICE'};
const row = (start: string, key: string, amount: string, estimated = false): CostRow => ({
	start,
	end: start,
	keys: [key],
	amount: parseAmount(amount),
	unit: 'USD',
	estimated,
});
const usd = (text: string): Amount => parseAmount(text);

describe('buildTableRows', () => {
	test('joins the period with the previous one: change, change ratio and share', () => {
		const rows = buildTableRows(
			service,
			[row('2026-03-01', 'EC2', '60'), row('2026-03-02', 'EC2', '15'), row('2026-03-01', 'S3', '25', true)],
			[row('2026-02-01', 'EC2', '50'), row('2026-02-01', 'Gone', '10')],
		);
		const byKey = Object.fromEntries(rows.map(entry => [entry.key, entry]));
		expect(byKey['EC2']).toMatchObject({amount: usd('75'), previous: usd('50'), change: usd('25'), changeRatio: 0.5, share: 0.75});
		expect(byKey['S3']).toMatchObject({amount: usd('25'), previous: usd('0'), noPreviousData: true, change: usd('25'), changeRatio: null, estimated: true});
		expect(byKey['Gone']).toMatchObject({amount: usd('0'), noData: true, previous: usd('10'), change: usd('-10'), changeRatio: -1, share: 0});
		expect(byKey['EC2']).toMatchObject({noData: false, noPreviousData: false});
	});

	test('a group with no data is told apart from one that cost $0.00', () => {
		const rows = buildTableRows(service, [row('2026-03-01', 'Free', '0')], [row('2026-02-01', 'Free', '0'), row('2026-02-01', 'Refund', '-122.18')]);
		const byKey = Object.fromEntries(rows.map(entry => [entry.key, entry]));
		expect(byKey['Free']).toMatchObject({noData: false, noPreviousData: false});
		expect(byKey['Refund']).toMatchObject({noData: true, noPreviousData: false, change: usd('122.18'), changeRatio: 1});
	});

	// Percent change is over |previous|: it has the sign of the dollar change, also for credits.
	test.each([
		['a cost that grew', '110', '100', 0.1],
		['a cost that fell', '90', '100', -0.1],
		['a credit that grew (more negative)', '-103.5', '-100', -0.035],
		['a credit that shrank', '-50', '-100', 0.5],
		['a credit that became a cost', '50', '-100', 1.5],
		['a cost that became a credit', '-50', '100', -1.5],
	])('%s: %s vs %s is %s', (_name, now, before, expected) => {
		const [only] = buildTableRows(service, [row('2026-03-01', 'X', now)], [row('2026-02-01', 'X', before)]);
		expect(Math.sign(only!.changeRatio!)).toBe(Math.sign(Number(only!.change!)));
		expect(only!.changeRatio).toBeCloseTo(expected, 10);
	});

	test('a credit that grew is a negative change in percent too (relative to |previous|)', () => {
		const [credit] = buildTableRows(service, [row('2026-03-01', 'Credit', '-52.98')], [row('2026-02-01', 'Credit', '-51.19')]);
		expect(credit?.changeRatio).toBeLessThan(0);
		expect(credit?.changeRatio).toBeCloseTo(-0.035, 3);
	});

	test('each row keeps its unit, and tag keys read as their values', () => {
		const team: GroupBy = {type: 'TAG', key: 'team'};
		const rows = buildTableRows(team, [{...row('2026-03-01', 'team$', '5'), unit: 'Hrs'}, row('2026-03-01', 'team$web', '1')], []);
		expect(rows.map(entry => [entry.label, entry.unit])).toEqual([
			['(untagged)', 'Hrs'],
			['web', 'USD'],
		]);
	});

	test('previous columns stay unknown while the previous period loads', () => {
		const [only] = buildTableRows(service, [row('2026-03-01', 'EC2', '1')], undefined);
		expect(only).toMatchObject({previous: null, change: null, changeRatio: null, share: 1});
	});

	test('no rows, no table; a zero total has no shares', () => {
		expect(buildTableRows(service, [], [])).toEqual([]);
		expect(buildTableRows(service, [row('2026-03-01', 'Free', '0')], [])[0]?.share).toBeNull();
	});

	test('tag keys are labelled without their prefix', () => {
		const [tagged] = buildTableRows({type: 'TAG', key: 'team'}, [row('2026-03-01', 'team$web', '1')], []);
		expect(tagged).toMatchObject({key: 'team$web', label: 'web'});
	});

	test('ten thousand groups', () => {
		const many = Array.from({length: 10_000}, (_, index) => row('2026-03-01', `group-${index}`, `${index}.01`));
		const rows = sortTableRows(buildTableRows(service, many, []), {column: 'amount', descending: true});
		expect(rows).toHaveLength(10_000);
		expect(rows[0]?.key).toBe('group-9999');
		expect(rows.at(-1)?.key).toBe('group-0');
	});
});

describe('sortTableRows', () => {
	const rows = buildTableRows(
		service,
		[row('2026-03-01', 'b', '30'), row('2026-03-01', 'a', '10'), row('2026-03-01', 'c', '20')],
		[row('2026-02-01', 'b', '40'), row('2026-02-01', 'a', '5'), row('2026-02-01', 'c', '20')],
	);
	test.each([
		['amount', true, ['b', 'c', 'a']],
		['amount', false, ['a', 'c', 'b']],
		['previous', true, ['b', 'c', 'a']],
		['change', true, ['a', 'c', 'b']],
		['changeRatio', true, ['a', 'c', 'b']],
		['label', false, ['a', 'b', 'c']],
	] as const)('by %s descending=%s', (column, descending, order) => {
		expect(sortTableRows(rows, {column, descending}).map(entry => entry.key)).toEqual(order);
	});

	test('the sort column cycles back to amount', () => {
		expect(['amount', 'previous', 'change', 'changeRatio', 'label'].map(column => nextSortColumn(column as never))).toEqual([
			'previous',
			'change',
			'changeRatio',
			'label',
			'amount',
		]);
	});
});

describe('filterTableRows', () => {
	const rows = buildTableRows(service, [row('2026-03-01', 'Amazon EC2', '1'), row('2026-03-01', 'Amazon S3', '1')], []);
	test.each([
		['', 2],
		['  ', 2],
		['ec2', 1],
		['AMAZON', 2],
		['lambda', 0],
	])('%j keeps %i', (text, count) => {
		expect(filterTableRows(rows, text)).toHaveLength(count);
	});
});

describe('two group-bys', () => {
	const region: GroupBy = {type: 'DIMENSION', key: 'REGION'};
	const pair = (start: string, keys: [string, string], amount: string): CostRow => ({...row(start, keys[0], amount), keys});

	test('rows are key pairs, named "A · B", compared with the previous period on both keys', () => {
		const rows = buildTableRows(
			[service, region],
			[pair('2026-03-01', ['EC2', 'us-east-1'], '30'), pair('2026-03-02', ['EC2', 'us-east-1'], '10'), pair('2026-03-01', ['EC2', 'eu-west-1'], '5')],
			// The same service elsewhere must not count as this row's previous figure.
			[pair('2026-02-01', ['EC2', 'us-east-1'], '20'), pair('2026-02-01', ['EC2', 'us-west-2'], '7')],
		);
		const byLabel = Object.fromEntries(rows.map(entry => [entry.label, entry]));
		expect(Object.keys(byLabel).sort()).toEqual(['EC2 · eu-west-1', 'EC2 · us-east-1', 'EC2 · us-west-2']);
		expect(byLabel['EC2 · us-east-1']).toMatchObject({keys: ['EC2', 'us-east-1'], amount: usd('40'), previous: usd('20'), change: usd('20')});
		expect(byLabel['EC2 · eu-west-1']).toMatchObject({amount: usd('5'), noPreviousData: true});
		expect(byLabel['EC2 · us-west-2']).toMatchObject({noData: true, previous: usd('7')});
		expect(new Set(rows.map(entry => entry.key)).size).toBe(3);
	});

	test('the text filter matches either key', () => {
		const rows = buildTableRows([service, region], [pair('2026-03-01', ['EC2', 'us-east-1'], '1'), pair('2026-03-01', ['S3', 'eu-west-1'], '1')], undefined);
		expect(filterTableRows(rows, 'eu-west').map(entry => entry.label)).toEqual(['S3 · eu-west-1']);
		expect(filterTableRows(rows, 'ec2').map(entry => entry.label)).toEqual(['EC2 · us-east-1']);
	});

	test('a tag as the second group-by reads by its value', () => {
		const team: GroupBy = {type: 'TAG', key: 'team'};
		const rows = buildTableRows([service, team], [pair('2026-03-01', ['EC2', 'team$web'], '1'), pair('2026-03-01', ['EC2', 'team$'], '1')], undefined);
		expect(rows.map(entry => entry.label).sort()).toEqual(['EC2 · (untagged)', 'EC2 · web']);
	});
});
