import {afterEach, expect, test} from 'vitest';
import {CostTable, type CostTableProps} from '../../components/cost-table.js';
import {parseAmount} from '../../source/money.js';
import type {TableRow} from '../../source/view/table-rows.js';
import {type Rendered, renderWithProviders} from '../render.js';

const rows: TableRow[] = Array.from({length: 10_000}, (_, index) => ({
	key: `group-${index}`,
	keys: [`group-${index}`],
	label: `group-${index}`,
	amount: parseAmount(String(10_000 - index)),
	noData: false,
	previous: parseAmount('100'),
	noPreviousData: false,
	change: parseAmount(String(9_900 - index)),
	changeRatio: (9_900 - index) / 100,
	share: 0.5,
	estimated: index === 1,
}));

const props = (overrides: Partial<CostTableProps> = {}): CostTableProps => ({
	width: 100,
	height: 14,
	focused: true,
	rows,
	cursor: 0,
	visibleRows: 10,
	columnSet: 'full',
	sort: {column: 'amount', descending: true},
	unit: 'USD',
	message: undefined,
	filter: undefined,
	...overrides,
});

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

test('renders only the window of rows around the cursor, and a total line', async () => {
	rendered = renderWithProviders(<CostTable {...props()} />);
	const top = await rendered.waitFor('group-9 ');
	expect(top).not.toContain('group-10 ');
	expect(top).toMatch(/Total ~ +\$50\.0M +\$1,000,000\.00 +\$49\.0M +\+4900\.5%/);
	expect(top).not.toContain('…');
	expect(top).toContain('›group-0');
	expect(top).toContain('$10,000.00');
	expect(top).toContain('+9900.0%');
	expect(top).toContain('group-1 ~');
	expect(top).not.toContain('group-10 ');
	expect(top).toContain('amount▼');
	rendered.rerender(<CostTable {...props({cursor: 9_999})} />);
	const bottom = await rendered.waitFor('›group-9999');
	expect(bottom).toContain('group-9990');
	expect(bottom).not.toContain('group-9989');
	expect(bottom).not.toContain('group-0 ');
});

test('scrolls only when the cursor leaves the window', async () => {
	rendered = renderWithProviders(<CostTable {...props({cursor: 12})} />);
	await rendered.waitFor('›group-12');
	expect(rendered.lastFrame()).toContain('group-4 ');
	rendered.rerender(<CostTable {...props({cursor: 5})} />);
	const frame = await rendered.waitFor('›group-5');
	expect(frame).toContain('group-4 ');
	expect(frame).toContain('group-12');
});

test('compact columns drop previous and change; a message replaces rows', async () => {
	rendered = renderWithProviders(<CostTable {...props({columnSet: 'compact'})} />);
	const compact = await rendered.waitFor('›group-0');
	expect(compact).not.toContain('previous');
	expect(compact).not.toContain('chg %');
	rendered.rerender(<CostTable {...props({message: 'No costs in this period for this view.'})} />);
	const empty = await rendered.waitFor('No costs in this period');
	expect(empty).not.toContain('group-0');
});

test('the filter line shows the text and the row count', async () => {
	rendered = renderWithProviders(<CostTable {...props({rows: rows.slice(0, 1), filter: {text: 'grp', editing: true}})} />);
	await rendered.waitFor('/grp▏  1 row · Enter keeps · Esc clears');
});

test('no data this period, or before, reads "—", never $0.00', async () => {
	const refund: TableRow = {
		key: 'Refund',
		keys: ['Refund'],
		label: 'Refund',
		amount: parseAmount('0'),
		noData: true,
		previous: parseAmount('-122.18'),
		noPreviousData: false,
		change: parseAmount('122.18'),
		changeRatio: 1,
		share: 0,
		estimated: false,
	};
	const fresh: TableRow = {...refund, key: 'New', keys: ['New'], label: 'New', amount: parseAmount('5'), noData: false, previous: parseAmount('0'), noPreviousData: true, change: parseAmount('5'), changeRatio: null};
	rendered = renderWithProviders(<CostTable {...props({rows: [refund, fresh]})} />);
	const frame = await rendered.waitFor('Refund');
	const line = (label: string) => frame.split('\n').find(text => text.includes(label))!;
	expect(line('Refund')).toMatch(/Refund\s+—\s+-\$122\.18\s+\$122\.18\s+\+100\.0%/);
	expect(line('New')).toMatch(/New\s+\$5\.00\s+—\s+\$5\.00\s+new/);
	expect(frame).not.toContain('$0.00');
});

const usageRow = (key: string, amount: string, unit: string): TableRow => ({
	key,
	keys: [key],
	label: key,
	amount: parseAmount(amount),
	noData: false,
	previous: parseAmount(amount),
	noPreviousData: false,
	change: parseAmount('0'),
	changeRatio: 0,
	share: 0.1,
	estimated: false,
	unit,
});

test('usage: compact figures with their units, columns apart, no total over units', async () => {
	const usage = [usageRow('Amazon Kinesis', '48227994521.5', 'Requests'), usageRow('Amazon EC2', '7200.25', 'Hrs')];
	rendered = renderWithProviders(<CostTable {...props({rows: usage, unit: 'Requests'})} />);
	const frame = await rendered.waitFor('Amazon EC2');
	expect(frame).toMatch(/Amazon Kinesis +48\.2B Requests +48\.2B Requests +0\.00 Requests +0\.0%/);
	expect(frame).toMatch(/Amazon EC2 +7,200\.25 Hrs +7,200\.25 Hrs/);
	expect(frame).toContain('No total: 2 units');
	expect(frame).not.toMatch(/^.*Total ~? +\d/m);
	expect(frame).not.toContain('$');
});

test('the amounts listed add up to the total line', async () => {
	const third = (key: string): TableRow => ({...usageRow(key, '0.005', 'USD'), previous: parseAmount('0'), change: parseAmount('0.005')});
	rendered = renderWithProviders(<CostTable {...props({rows: [third('a'), third('b'), third('c')]})} />);
	const frame = await rendered.waitFor('Total');
	expect(frame.match(/\$0\.01/g)?.length).toBe(2 * 2 + 0);
	expect(frame).toMatch(/Total +\$0\.02 +\$0\.00 +\$0\.02/);
});
