import {describe, expect, it} from 'vitest';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv} from '../fixtures/run-cli.js';
import {startServeProcess} from '../fixtures/serve-process.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1'};

const answer = {
	ResultsByTime: [{TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Total: {}, Groups: [{Keys: ['AWS Lambda'], Metrics: {UnblendedCost: {Amount: '1.25', Unit: 'USD'}}}], Estimated: false}],
	DimensionValueAttributes: [],
};

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

describe('aws-cost serve on SIGTERM', () => {
	const local = useLocalCostExplorer();

	it('finishes the requests in flight, refuses new ones and exits 0', async () => {
		// Cost Explorer takes 1.5 s to answer: the requests are in flight when the signal comes.
		local.server().fallback('GetCostAndUsage', {json: answer, delayMs: 1500});
		const server = await startServeProcess(['--no-cache'], isolatedEnv(local.dir.path, {...credentials, AWS_ENDPOINT_URL: local.server().endpoint}));
		const paths = ['/api/v1/costs?groupBy=SERVICE', '/api/v1/costs?groupBy=SERVICE&range=2026-09', '/api/v1/costs?groupBy=SERVICE&range=2026-08'];
		const inFlight = paths.map(path => fetch(`${server.url}${path}`));
		await until(() => local.server().requestsFor('GetCostAndUsage').length >= paths.length);

		const exited = server.stop('SIGTERM');
		const responses = await Promise.all(inFlight);
		expect(responses.map(response => response.status)).toEqual([200, 200, 200]);
		for (const response of responses) expect(((await response.json()) as {total: {exact: string}}).total.exact).toBe('1.25');
		// Each answer ends its keep-alive connection, which would otherwise hold the server open for 72 s.
		for (const response of responses) expect(response.headers.get('connection')).toBe('close');
		expect(await exited).toBe(0);
		expect(server.output()).toMatch(/SIGTERM: finishing requests in flight, then stopping/);
		await expect(fetch(`${server.url}/health`)).rejects.toThrow();
	}, 90_000);
});
