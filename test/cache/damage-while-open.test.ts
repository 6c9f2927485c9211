import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openCostCache} from '../../source/cache/index.js';
import {TODAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {ANA, REGION, SERVICE, query, useTempCaches} from './temp-cache.js';

const caches = useTempCaches();

describe('a cache file damaged while it is open', () => {
	it('the next read that finds the damage moves the file aside once, warns once, and the cache goes on empty', async () => {
		const first = await caches.open();
		const months = ['07', '08', '09'].map(month => query(`2026-${month}-01`, `2026-${month}-28`, 'DAILY', [SERVICE, REGION]));
		for (const month of months) await first.store(ANA, month, answerLikeCostExplorer(month), 1, TODAY);
		await first.close();
		const warnings: string[] = [];
		const cache = await openCostCache({path: caches.path(), onWarning: warning => warnings.push(warning)});
		const bytes = readFileSync(caches.path());
		for (let page = 4096; page + 12 < bytes.length; page += 4096) for (let at = page; at < page + 12; at++) bytes[at] = bytes[at]! ^ 0x55;
		writeFileSync(caches.path(), bytes);
		const found = await Promise.all(months.map(async month => cache.lookup(ANA, month, TODAY)));
		expect(found).toEqual([undefined, undefined, undefined]);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/was damaged \(database disk image is malformed\): moved it to .*corrupt-.* and started a new one\.$/);
		expect(readdirSync(dirname(caches.path())).filter(name => name.includes('.corrupt-'))).toHaveLength(1);
		await cache.store(ANA, months[0]!, answerLikeCostExplorer(months[0]!), 1, TODAY);
		expect(await cache.lookup(ANA, months[0]!, TODAY)).toMatchObject({derived: false});
		await cache.close();
	});
});
