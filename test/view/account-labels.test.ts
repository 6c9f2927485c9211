import {expect, test} from 'vitest';
import {accountLabel, chartWithAccountNames, withAccountNames} from '../../source/view/account-labels.js';
import {parseAmount} from '../../source/money.js';

const accounts = [{id: '318274650193', name: 'Production'}, {id: '111111111111', name: '111111111111'}];
const row = (key: string) => ({key, keys: [key], label: key, amount: parseAmount('1'), noData: false, previous: null, noPreviousData: false, change: null, changeRatio: null, share: null, estimated: false});
const byAccount = {type: 'DIMENSION', key: 'LINKED_ACCOUNT'} as const;

test('an account reads by its name with its id; unnamed ones by the id', () => {
	expect(accountLabel('318274650193', accounts)).toBe('Production (318274650193)');
	expect(accountLabel('111111111111', accounts)).toBe('111111111111');
	expect(accountLabel('999999999999', accounts)).toBe('999999999999');
});

test('rows and chart series of a view by account are named; the key stays the id (drill-downs filter on it)', () => {
	const [named] = withAccountNames([row('318274650193')], byAccount, accounts);
	expect(named).toMatchObject({key: '318274650193', label: 'Production (318274650193)'});
	const chart = chartWithAccountNames({buckets: ['2026-11-01'], series: [{name: 'Total', values: [1]}, {name: '318274650193', values: [1]}]}, byAccount, accounts);
	expect(chart.series.map(series => series.name)).toEqual(['Total', 'Production (318274650193)']);
});

test('a chart in several units has no Total: its first series is an account too', () => {
	const chart = chartWithAccountNames(
		{buckets: ['2026-11-01'], mixedUnits: true, series: [{name: '318274650193', unit: 'GB', values: [1]}, {name: '318274650193', unit: 'Hrs', values: [1]}]},
		byAccount,
		accounts,
	);
	expect(chart.series.map(series => series.name)).toEqual(['Production (318274650193)', 'Production (318274650193)']);
});

test('other views are left alone', () => {
	const rows = [row('318274650193')];
	expect(withAccountNames(rows, {type: 'DIMENSION', key: 'SERVICE'}, accounts)).toBe(rows);
});

test('an account as the second group-by is named in the row and in its chart series', () => {
	const service = {type: 'DIMENSION', key: 'SERVICE'} as const;
	const pairRow = {...row('x'), key: 'Amazon S3\u0000318274650193', keys: ['Amazon S3', '318274650193'], label: 'Amazon S3 · 318274650193'};
	const [named] = withAccountNames([pairRow], [service, byAccount], accounts);
	expect(named?.label).toBe('Amazon S3 · Production (318274650193)');
	const chart = chartWithAccountNames(
		{buckets: ['2026-11-01'], series: [{name: 'Total', values: [1]}, {name: 'Amazon S3 · 318274650193', keys: ['Amazon S3', '318274650193'], values: [1]}]},
		[service, byAccount],
		accounts,
	);
	expect(chart.series.map(series => series.name)).toEqual(['Total', 'Amazon S3 · Production (318274650193)']);
});
