import {describe, expect, it} from 'vitest';
import {OfflineParserAnswerer} from '../../source/assistant/offline-answerer.js';
import {fixedEngine, TODAY} from './fixed-source.js';

describe('OfflineParserAnswerer', () => {
	const context = () => ({engine: fixedEngine(), scope: {source: 'demo'} as const, today: TODAY});

	it('answers a question it reads, with the results it ran', async () => {
		const reply = await new OfflineParserAnswerer().answer('How much did I spend on S3 last month?', context());
		expect(reply.understood).toBe(true);
		expect(reply.text).toContain('$60.00');
		expect(reply.results.map(result => result.query.period)).toEqual([{start: '2026-09-01', end: '2026-10-01'}]);
	});

	it('follows up on its previous question', async () => {
		const answerer = new OfflineParserAnswerer();
		const shared = context();
		await answerer.answer('How much did I spend on S3 last month?', shared);
		const reply = await answerer.answer('and the month before?', shared);
		expect(reply.results.map(result => result.query.period.start)).toEqual(['2026-08-01']);
		answerer.reset();
		const fresh = await answerer.answer('and the month before?', shared);
		expect(fresh.results.map(result => result.query.filter)).not.toEqual(reply.results.map(result => result.query.filter));
	});

	it('says what it can answer when it cannot read the question', async () => {
		const reply = await new OfflineParserAnswerer().answer('write me a poem', context());
		expect(reply).toMatchObject({understood: false, results: []});
		expect(reply.text).toMatch(/^I can't answer that offline. Try: /);
	});
});
