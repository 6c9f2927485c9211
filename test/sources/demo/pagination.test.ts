import {describe, expect, it} from 'vitest';
import {CostError} from '../../../source/errors.js';
import {createDemoSource} from '../../../source/sources/demo/index.js';
import {TODAY, demoQuery, pagesOf, period} from './demo-query.js';

const byService = demoQuery({period: period('2026-11-01', '2026-11-04'), groupBy: [{type: 'DIMENSION', key: 'SERVICE'}]});

describe('demo pagination', () => {
	it.each([1, 7, 50, 1000])('streams pages of %i rows, each one billable request, in the same order as one big page', async pageSize => {
		const pages = await pagesOf(createDemoSource({today: TODAY, pageSize}), byService);
		const whole = (await pagesOf(createDemoSource({today: TODAY, pageSize: 100_000}), byService)).flatMap(page => page.rows);
		expect(pages.flatMap(page => page.rows)).toEqual(whole);
		expect(pages.slice(0, -1).every(page => page.rows.length === pageSize)).toBe(true);
		expect(pages.at(-1)!.rows.length).toBeGreaterThan(0);
		expect(pages.at(-1)!.rows.length).toBeLessThanOrEqual(pageSize);
		expect(pages).toHaveLength(Math.ceil(whole.length / pageSize));
		expect(pages.every(page => page.billableRequests === 1 && !page.fromCache)).toBe(true);
	});

	it('pages 1000 rows by default', async () => {
		const pages = await pagesOf(createDemoSource({today: TODAY}), demoQuery({period: period('2026-11-01', '2026-11-02'), groupBy: [{type: 'DIMENSION', key: 'USAGE_TYPE'}, {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}]}));
		expect(pages[0]!.rows).toHaveLength(1000);
		expect(pages.length).toBeGreaterThan(1);
	});

	it('answers a question with no rows with one empty page, still one request', async () => {
		const pages = await pagesOf(createDemoSource({today: TODAY}), demoQuery({period: period('2024-01-01', '2024-02-01')}));
		expect(pages).toEqual([{rows: [], fromCache: false, billableRequests: 1}]);
	});

	it.each([0, -1, 2.5])('rejects page size %s', pageSize => {
		expect(() => createDemoSource({today: TODAY, pageSize})).toThrow(CostError);
	});
});

describe('demo cancellation', () => {
	it('throws the signal reason before the first page when already aborted', async () => {
		const controller = new AbortController();
		const reason = new Error('switched account');
		controller.abort(reason);
		await expect(pagesOf(createDemoSource({today: TODAY}), byService, controller.signal)).rejects.toBe(reason);
	});

	it('stops between pages once aborted', async () => {
		const controller = new AbortController();
		const reason = new Error('view changed');
		const source = createDemoSource({today: TODAY, pageSize: 5});
		let pages = 0;
		const reading = (async () => {
			for await (const page of source.costAndUsage(byService, controller.signal)) {
				pages++;
				expect(page.rows).toHaveLength(5);
				if (pages === 2) controller.abort(reason);
			}
		})();
		await expect(reading).rejects.toBe(reason);
		expect(pages).toBe(2);
	});

	it('rejects the other methods with the reason too', async () => {
		const controller = new AbortController();
		controller.abort(new Error('gone'));
		const source = createDemoSource({today: TODAY});
		await expect(source.identity(controller.signal)).rejects.toThrow('gone');
		await expect(source.accounts(controller.signal)).rejects.toThrow('gone');
		await expect(source.anomalies(period('2026-01-01', '2026-02-01'), controller.signal)).rejects.toThrow('gone');
	});
});
