import {describe, expect, it} from 'vitest';
import {addDays} from '../../../source/dates.js';
import {CostError} from '../../../source/errors.js';
import type {GroupBy} from '../../../source/query.js';
import {createDemoSource} from '../../../source/sources/demo/index.js';
import {TODAY, demoQuery, rowsOf} from './demo-query.js';

const source = createDemoSource({today: TODAY});
const twoDays = {start: addDays(TODAY, -3), end: addDays(TODAY, -1)};

describe('demo HOURLY', () => {
	it('has 24 rows a day with ISO hour stamps, the last one ending at the next midnight', async () => {
		const rows = await rowsOf(source, demoQuery({period: twoDays, granularity: 'HOURLY'}));
		expect(rows).toHaveLength(48);
		expect(rows[0]).toMatchObject({start: `${twoDays.start}T00:00:00Z`, end: `${twoDays.start}T01:00:00Z`});
		expect(rows[5]!.start).toBe(`${twoDays.start}T05:00:00Z`);
		expect(rows[23]!.end).toBe(`${addDays(twoDays.start, 1)}T00:00:00Z`);
		expect(rows[47]!.end).toBe(`${twoDays.end}T00:00:00Z`);
		// The second day is the first estimated one (the last 3 days are).
		expect(rows.map(row => row.estimated)).toEqual([...Array<boolean>(24).fill(false), ...Array<boolean>(24).fill(true)]);
	});

	it.each<[string, GroupBy[]]>([
		['ungrouped', []],
		['by SERVICE', [{type: 'DIMENSION', key: 'SERVICE'}]],
		['by USAGE_TYPE and team', [{type: 'DIMENSION', key: 'USAGE_TYPE'}, {type: 'TAG', key: 'team'}]],
	])('hours sum exactly to each day and group, %s', async (_, groupBy) => {
		const hourly = await rowsOf(source, demoQuery({period: twoDays, granularity: 'HOURLY', groupBy}));
		const daily = await rowsOf(source, demoQuery({period: twoDays, groupBy}));
		const summedHours = new Map<string, bigint>();
		for (const row of hourly) {
			const id = `${row.start.slice(0, 10)}|${row.keys.join('|')}`;
			summedHours.set(id, (summedHours.get(id) ?? 0n) + row.amount);
		}
		expect(summedHours).toEqual(new Map(daily.map(day => [`${day.start}|${day.keys.join('|')}`, day.amount as bigint])));
	});

	it('costs more in the afternoon than at night for elastic usage', async () => {
		const filter = {Dimensions: {Key: 'SERVICE', Values: ['Amazon Elastic Compute Cloud - Compute']}} as const;
		const rows = await rowsOf(source, demoQuery({period: twoDays, granularity: 'HOURLY', filter}));
		expect(rows[15]!.amount > rows[3]!.amount).toBe(true);
	});

	it('refuses hours older than 14 days, as Cost Explorer does', async () => {
		const old = {start: addDays(TODAY, -20), end: addDays(TODAY, -18)};
		await expect(rowsOf(source, demoQuery({period: old, granularity: 'HOURLY'}))).rejects.toBeInstanceOf(CostError);
	});
});
