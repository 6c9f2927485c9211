import {expect, test} from 'vitest';
import {tableColumns} from '../../components/table-columns.js';

test('at 80 columns a row of two keys gets the room of the previous column ("EC2 Other · us-east-1 ~"); one key keeps it', () => {
	const one = tableColumns(76, 'full');
	expect(one.previous).toBeGreaterThan(0);
	const two = tableColumns(76, 'full', 14, 2);
	expect(two.previous).toBe(0);
	expect(two.label).toBeGreaterThanOrEqual('›EC2 Other · us-east-1 ~'.length);
	expect(tableColumns(140, 'full', 14, 2).previous).toBeGreaterThan(0);
});
